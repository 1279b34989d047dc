CREATE TABLE `product_entries` (
	`product_id` text NOT NULL,
	`position` integer NOT NULL,
	`ingredient_slug` text,
	`may_contain` integer NOT NULL,
	`text` text,
	PRIMARY KEY(`product_id`, `position`),
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `product_entries_slug` ON `product_entries` (`ingredient_slug`,`product_id`) WHERE "product_entries"."ingredient_slug" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `products` (
	`id` text PRIMARY KEY NOT NULL,
	`brand` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`inci` text NOT NULL,
	`spf` real,
	`url` text,
	`ingredients` text NOT NULL,
	`facts` text NOT NULL,
	`unknown_ingredients` text NOT NULL,
	`pregnancy_safe` integer NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `products_kind` ON `products` (`kind`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `entity` text DEFAULT 'ingredient' NOT NULL;