CREATE TABLE `api_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`key_id` text NOT NULL,
	`secret_hash` text NOT NULL,
	`scopes` text NOT NULL,
	`created_at` text NOT NULL,
	`last_used_at` text,
	`revoked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_name_unique` ON `api_keys` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_keyId_unique` ON `api_keys` (`key_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`operation` text NOT NULL,
	`slug` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_slug` ON `audit_log` (`slug`);--> statement-breakpoint
CREATE TABLE `inci_reference` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inci_name` text NOT NULL,
	`search_text` text NOT NULL,
	`cas_numbers` text NOT NULL,
	`ec_numbers` text NOT NULL,
	`functions` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inci_reference_inciName_unique` ON `inci_reference` (`inci_name`);--> statement-breakpoint
CREATE TABLE `inci_reference_cas` (
	`cas_number` text NOT NULL,
	`reference_id` integer NOT NULL,
	FOREIGN KEY (`reference_id`) REFERENCES `inci_reference`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `inci_reference_cas_number` ON `inci_reference_cas` (`cas_number`);