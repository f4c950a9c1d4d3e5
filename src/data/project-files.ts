import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding package.json: where prisma/migrations and the bundled catalog live, whether
 * the code runs from src/ (tests, tsx) or from dist/src/ (npm start, the container image).
 */
export function projectRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'prisma'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no project root (package.json + prisma/) above ${from}`);
  }
}

export const projectPath = (...parts: string[]): string => path.join(projectRoot(), ...parts);
