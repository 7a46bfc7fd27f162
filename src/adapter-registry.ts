/**
 * The chat platforms the bot knows, from the table in adapters/index.ts. With src/main.ts,
 * this is the only module of src/ that imports adapters/: it sees only what each folder
 * declares (variables, secrets, settings, how to create the adapter), never a platform SDK.
 */
import * as adapterTable from '../adapters/index.js';
import type { AdapterModule, SettingsOf } from './adapter-module.js';

type AdapterTable = typeof adapterTable;

/** Every adapter module, in the table's order. */
export const ADAPTERS: readonly AdapterModule[] = Object.values(adapterTable);

/** Each platform's settings by its name ("telegram"), or null when it is not turned on. */
export type AdapterSettings = {
  [Key in keyof AdapterTable as AdapterTable[Key]['name']]: SettingsOf<AdapterTable[Key]> | null;
};

/** The modules of the platforms that are turned on, each with its settings. */
export function enabledAdapters(
  settings: AdapterSettings,
): { module: AdapterModule; settings: unknown }[] {
  const byName: Record<string, unknown> = settings;
  return ADAPTERS.flatMap((module) => {
    const enabled = byName[module.name] ?? null;
    return enabled === null ? [] : [{ module, settings: enabled }];
  });
}
