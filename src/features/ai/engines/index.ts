import type { AiEngineName } from '../schema';
import type { Engine } from './types';

/** The engine chosen by the environment (one module each, loaded on first use). */
export async function engineFor(name: AiEngineName): Promise<Engine> {
  switch (name) {
    case 'openai':
      return (await import('./openai')).openaiEngine;
    case 'n8n':
      return (await import('./n8n')).n8nEngine;
    default:
      return (await import('./builtin')).builtinEngine;
  }
}
