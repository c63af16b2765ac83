/** Where a signed-in person lands (from `/`, after sign-in). */
export const APP_HOME = '/dashboard';
