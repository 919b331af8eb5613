/**
 * The one door to fontoxpath. Its type definitions start with
 * `/// <reference lib="dom" />`, which would pull the browser DOM typings
 * into the whole project (and change how other modules' DOM-like types
 * check); loading it through `createRequire` and typing here only the calls
 * we make keeps that out. fontoxpath itself is a CommonJS package, so this
 * is also how Node would load it.
 */
import { createRequire } from 'node:module';

/** fontoxpath's evaluation options, as far as we use them. */
export interface EngineOptions {
  namespaceResolver?: (prefix: string) => string | null;
  functionNameResolver?: (qname: { prefix: string; localName: string }, arity: number) => { namespaceURI: string; localName: string };
  /** Passed to custom functions as `currentContext`. */
  currentContext?: unknown;
  language?: string;
}

/** A DOM facade object (see fontoxpath's IDomFacade); opaque here. */
export type DomFacade = object;

type Evaluate<T> = (selector: unknown, contextItem: unknown, domFacade: DomFacade | null, variables?: Record<string, unknown> | null, options?: EngineOptions) => T;

interface FontoXPath {
  evaluateXPath: ((selector: unknown, contextItem: unknown, domFacade: DomFacade | null, variables: Record<string, unknown> | null, returnType: number, options?: EngineOptions) => unknown) & {
    ALL_RESULTS_TYPE: number;
    XPATH_3_1_LANGUAGE: string;
  };
  evaluateXPathToBoolean: Evaluate<boolean>;
  evaluateXPathToNodes: Evaluate<unknown[]>;
  evaluateXPathToString: Evaluate<string>;
  parseScript(script: string, options: EngineOptions, document: unknown): unknown;
  registerCustomXPathFunction(
    name: { namespaceURI: string; localName: string },
    signature: string[],
    returnType: string,
    // fontoxpath passes converted JavaScript values whose types follow `signature`.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    callback: (context: { currentContext: any }, ...args: any[]) => unknown,
  ): void;
  createTypedValueFactory(type: string): (value: unknown, domFacade: DomFacade) => unknown;
}

/** fontoxpath, typed for the calls this layer makes. */
export const fontoxpath = createRequire(import.meta.url)('fontoxpath') as FontoXPath;

/** Every item of the result, as JavaScript values (nodes stay our adapter objects). */
export const ALL_RESULTS = fontoxpath.evaluateXPath.ALL_RESULTS_TYPE;
