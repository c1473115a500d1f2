/** Where the platform administrator works: the authorities they add, with their first administrators. */
export const PLATFORM_ADMIN_HOME = { href: '/platform/authorities', label: 'Go to Authorities' }
