import { freshDatabase } from '../../scripts/support/fresh-database';
import { TEST_DATABASE_URL } from './test-env';

/** A fresh database for each run, migrated the way production is: through the migrations. */
export default function globalSetup(): Promise<void> {
  return freshDatabase(TEST_DATABASE_URL);
}
