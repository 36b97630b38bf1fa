-- The instance's own choices, for what belongs to no coordination (platform/settings.rs's
-- PlatformSetting): whether platform admins and regional staff need a second factor, how long
-- sign-in addresses are kept. A missing row is the setting's default.
CREATE TABLE platform_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
