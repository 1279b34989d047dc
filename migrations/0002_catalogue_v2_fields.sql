ALTER TABLE `ingredients` ADD `aliases` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `ingredients` ADD `uv_spectrum` text;--> statement-breakpoint
ALTER TABLE `ingredients` ADD `strength` text;--> statement-breakpoint
ALTER TABLE `ingredients` ADD `evidence` text DEFAULT '{"grade":"limited","sources":[]}' NOT NULL;