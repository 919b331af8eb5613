/**
 * The parts of saxon-js 2.7 that tei-edition uses. saxon-js ships no type
 * definitions; these follow Saxonica's documentation of the Node.js API.
 */
declare module 'saxon-js' {
  /** A node of saxon-js's own tree (a DOM-like document or element). */
  export interface SaxonNode {
    readonly nodeType: number;
    readonly nodeName: string;
  }

  export interface TransformOptions {
    /** A compiled stylesheet (SEF), already parsed from JSON; reused across calls. */
    stylesheetInternal?: object;
    stylesheetFileName?: string;
    stylesheetText?: string;
    /** Base URI for resolving relative references in the stylesheet. */
    stylesheetBaseURI?: string;
    stylesheetParams?: Record<string, unknown>;
    sourceText?: string;
    sourceNode?: SaxonNode;
    sourceFileName?: string;
    sourceLocation?: string;
    sourceBaseURI?: string;
    initialTemplate?: string;
    initialMode?: string;
    templateParams?: Record<string, unknown>;
    destination?: 'serialized' | 'document' | 'raw' | 'stdout' | 'file' | 'application' | 'replaceBody' | 'appendToBody' | 'prependToBody';
    outputProperties?: Record<string, unknown>;
    resultForm?: string;
    collations?: Record<string, unknown>;
    collectionFinder?: (uri: string) => unknown;
    deliverMessage?: (message: SaxonNode, errorCode: string) => void;
    deliverResultDocument?: (uri: string) => { destination?: string; save?: (uri: string, value: unknown, encoding: string) => void };
    masterDocument?: SaxonNode;
    /** Base URI against which xsl:result-document hrefs resolve. */
    baseOutputURI?: string;
  }

  export interface TransformResult {
    principalResult: unknown;
    resultDocuments: Record<string, unknown>;
    stylesheetInternal: object;
    masterDocument?: SaxonNode;
  }

  export interface XPathOptions {
    namespaceContext?: Record<string, string>;
    params?: Record<string, unknown>;
    resultForm?: 'default' | 'array' | 'iterator' | 'xdm';
    staticBaseURI?: string;
    xpathDefaultNamespace?: string;
  }

  export interface ResourceOptions {
    type: 'xml' | 'json' | 'text';
    text?: string;
    file?: string;
    location?: string;
    baseURI?: string;
    encoding?: string;
  }

  export interface SaxonJSApi {
    transform(options: TransformOptions, execution: 'sync'): TransformResult;
    transform(options: TransformOptions, execution: 'async'): Promise<TransformResult>;
    getResource(options: ResourceOptions): Promise<SaxonNode>;
    serialize(node: SaxonNode, options?: Record<string, unknown>): string;
    XPath: {
      evaluate(expression: string, context?: SaxonNode | null, options?: XPathOptions): unknown;
    };
    getProcessorInfo(): { productName: string; productVersion: string };
    /** The platform layer; on Node.js its XML parser builds the tree transforms read as sourceNode. */
    getPlatform(): { parseXmlFromString(text: string): SaxonNode };
  }

  const SaxonJS: SaxonJSApi;
  export default SaxonJS;
}
