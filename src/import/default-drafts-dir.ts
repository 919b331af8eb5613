/** Where `tei-edition import` writes drafts by default: apart from the reviewed sources in tei/. */
export const DEFAULT_DRAFTS_DIR = 'drafts';
