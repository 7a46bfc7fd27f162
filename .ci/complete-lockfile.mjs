#!/usr/bin/env node
// Completes package-lock.json with the platform packages of optional dependencies that npm
// left out. This machine's npm registry mirror answers 404 for some of them (for example
// @biomejs/cli-darwin-arm64), so npm cannot record them, and `npm ci` then refuses the
// lockfile ("Missing: … from lock file"). Each added entry names its platform (derived from
// the package name, as these packages are named), so `npm ci` skips it without fetching it.
// Run it after any `npm install` that changes the lockfile: node .ci/complete-lockfile.mjs
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] !== undefined || packages[`${path}/node_modules/${name}`] !== undefined)
      continue;
    packages[key] = {
      version,
      ...platformOf(name),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
    };
    added += 1;
  }
}

fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform package entries added`);

/** os, cpu and libc from names such as cli-linux-x64-musl, jieba-win32-ia32-msvc, jieba-android-arm-eabi. */
function platformOf(name) {
  const os = ['android', 'darwin', 'freebsd', 'linux', 'win32'].find((candidate) =>
    name.includes(`-${candidate}`),
  );
  const cpu = ['arm64', 'x64', 'ia32', 'arm'].find((candidate) =>
    new RegExp(`-${candidate}(-|$)`).test(name),
  );
  const libc = name.endsWith('-musl') ? 'musl' : /-gnu(eabihf)?$/.test(name) ? 'glibc' : undefined;
  return {
    ...(cpu ? { cpu: [cpu] } : {}),
    ...(libc ? { libc: [libc] } : {}),
    ...(os ? { os: [os] } : {}),
  };
}
