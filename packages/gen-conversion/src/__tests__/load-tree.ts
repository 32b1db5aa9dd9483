/*
 * Loads an API tree, runs deepcopy, lists, register and conversion on its model, writes their files into the tree
 * and returns the model; the tree's generated modules can then be required (jest transpiles TypeScript).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import type { Diagnostic } from '@kubegen/diagnostics';
import { deepCopyGenerator } from '@kubegen/gen-deepcopy';
import { listTypesGenerator, registerGenerator } from '@kubegen/gen-register';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel, type ApiModel } from '@kubegen/model';
import { conversionGenerator, conversionGeneratorMarkers } from '../generator';

/** The model of a tree, loaded with the conversion generator's markers registered. */
export function loadModel(root: string): { model: ApiModel; diagnostics: Diagnostic[] } {
  const registry = defaultMarkerRegistry();
  for (const marker of conversionGeneratorMarkers) registry.register(marker);
  const { model, diagnostics } = loadApiModel({ root, sourceRoots: ['apis'], registry });
  return { model, diagnostics };
}

/** Generates into the tree; returns the model and the conversion generator's diagnostics. */
export function generateInto(root: string): { model: ApiModel; diagnostics: Diagnostic[]; files: string[] } {
  const { model, diagnostics: loadProblems } = loadModel(root);
  const errors = loadProblems.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`model errors: ${JSON.stringify(errors, null, 2)}`);
  const conversion = conversionGenerator.generate(model, {});
  const files = [deepCopyGenerator, listTypesGenerator, registerGenerator].flatMap((g) => g.generate(model, {}).files);
  files.push(...conversion.files);
  for (const file of files) fs.writeFileSync(path.join(root, file.path), file.contents);
  return { model, diagnostics: conversion.diagnostics, files: conversion.files.map((f) => f.path) };
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : tsFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Strict type errors of every .ts file under the tree's apis/, as `file:line message`. */
export function typeErrors(root: string): string[] {
  const program = ts.createProgram(tsFiles(path.join(root, 'apis')), {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    customConditions: ['kubegen-source'],
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}
