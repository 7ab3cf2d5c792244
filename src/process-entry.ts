import 'reflect-metadata';
import { type AppConfig, ConfigurationError, loadConfig } from './config/app-config';

/**
 * Starts a process (API or worker) with a validated configuration. A configuration error names the
 * variable and is safe to print; other start-up errors print their message only.
 */
export function runProcess(start: (config: AppConfig) => Promise<void>): void {
  Promise.resolve()
    .then(() => start(loadConfig()))
    .catch((error: unknown) => {
      process.stderr.write(
        `${error instanceof ConfigurationError ? error.message : `Start-up failed: ${(error as Error).message}`}\n`,
      );
      process.exit(1);
    });
}
