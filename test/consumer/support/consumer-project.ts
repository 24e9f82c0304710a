import { inject } from 'vitest'
import { type ConsumerProject, createNpmProject, type ProjectOptions } from './npm-project'

export type { ConsumerProject, RunResult } from './npm-project'
export { projectAt } from './npm-project'

/** A fresh npm project with the suite's packed packages (see `createNpmProject`). */
export function createProject(name: string, options: Omit<ProjectOptions, 'tarballs'>): Promise<ConsumerProject> {
  return createNpmProject(name, { ...options, tarballs: inject('tarballs') })
}
