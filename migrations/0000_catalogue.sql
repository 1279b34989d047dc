CREATE TABLE `catalogue_meta` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`epoch` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ingredients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`inci_name` text NOT NULL,
	`class` text NOT NULL,
	`family` text,
	`rank` integer DEFAULT 100 NOT NULL,
	`concerns` text NOT NULL,
	`photosensitizing` integer NOT NULL,
	`irritation` text NOT NULL,
	`max_applications_per_day` integer NOT NULL,
	`pregnancy_safe` integer NOT NULL,
	`skin_types` text NOT NULL,
	`cas_number` text,
	`ec_number` text,
	`notes` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "ingredients_max_applications" CHECK("ingredients"."max_applications_per_day" IN (1, 2)),
	CONSTRAINT "ingredients_irritation" CHECK("ingredients"."irritation" IN ('low', 'medium', 'high'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ingredients_slug_unique` ON `ingredients` (`slug`);