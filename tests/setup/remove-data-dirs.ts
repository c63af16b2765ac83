import { afterAll } from 'vitest';
import { removeCreatedDataDirs } from '../helpers/app';

/**
 * After a test file's own afterAll hooks (which stop its apps), the DATA_DIRs
 * startApp created for it are removed: an API run starts about a hundred apps.
 */
afterAll(() => removeCreatedDataDirs());
