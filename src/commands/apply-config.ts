/**
 * Merges tei-edition.config.json (from --config, or found in the working
 * folder) with the command line: an option given on the command line wins,
 * a setting from the configuration fills what was left at its default.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CONFIG_FILE, loadConfig, type EditionConfig } from '../config/load-config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BuildOptions } from '../pipeline/build-edition.js';

export interface Configured {
  paths: string[];
  /** Library options contributed by the configuration (the caller lays its command-line options over them). */
  fromConfig: BuildOptions;
  config?: EditionConfig;
  diagnostics: Diagnostic[];
}

/** Reads the configuration, if any, and decides the paths: given paths win over the configuration's sources. */
export function applyConfig(command: Command, paths: string[], configFile: string | undefined): Configured {
  const file = configFile ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  if (!file) return { paths, fromConfig: {}, diagnostics: [] };
  const { config, diagnostics } = loadConfig(file);
  if (!config) return { paths, fromConfig: {}, diagnostics };
  // Commander reports where an option's value came from; only defaults give way to the configuration.
  const fromDefault = (name: string) => command.getOptionValueSource(name) !== 'cli';
  const pathsGiven = command.args.length > 0;
  const c = config;
  const fromConfig: BuildOptions = {
    ...(c.layers && fromDefault('layers') ? { layers: c.layers } : {}),
    ...(c.schema && fromDefault('schema') ? { schema: c.schema } : {}),
    ...(c.schematron && fromDefault('schematron') ? { schematron: c.schematron } : {}),
    ...(c.schemas ? { schemaRules: c.schemas } : {}),
    ...(c.projectSchemaFolders ? { projectFolders: c.projectSchemaFolders } : {}),
    ...(c.catalogs && fromDefault('catalog') ? { catalogs: c.catalogs } : {}),
    ...(c.oddSource && fromDefault('source') ? { oddSource: c.oddSource } : {}),
    ...(c.allowNetwork && fromDefault('allowNetwork') ? { allowNetwork: true } : {}),
    ...(c.phase && fromDefault('phase') ? { phase: c.phase } : {}),
    ...(c.out && fromDefault('out') ? { outDir: c.out } : {}),
    ...(c.textWidth !== undefined && fromDefault('width') ? { textWidth: c.textWidth } : {}),
    ...(c.splitAbove !== undefined && fromDefault('splitAbove') ? { splitAbove: c.splitAbove } : {}),
    ...(c.jobs !== undefined && fromDefault('jobs') ? { jobs: c.jobs } : {}),
    ...(c.pageSize !== undefined && fromDefault('pageSize') ? { collectionPageSize: c.pageSize } : {}),
    ...(c.baseUrl ? { baseUrl: c.baseUrl } : {}),
    ...(c.parameters ? { parameters: c.parameters } : {}),
    // Those given on the command line win, format by format (chosenStylesheets).
    ...(c.stylesheets ? { stylesheets: c.stylesheets } : {}),
    // The project's own folder is as much the sources' as the folder given on the command line.
    xincludeAllow: [path.dirname(c.file), ...(c.xinclude?.allow ?? [])],
    ...(c.xinclude?.maxBytes !== undefined ? { xincludeMaxBytes: c.xinclude.maxBytes } : {}),
  };
  const chosen = !pathsGiven && c.sources ? c.sources.map((s) => path.relative(process.cwd(), s) || '.') : paths;
  return { paths: chosen, fromConfig, config, diagnostics };
}
