-- "BHA" is printed on EU labels as the INCI name of butylated hydroxyanisole, a preservative: read as
-- an alias of salicylic acid it made a preserved cream an exfoliating acid. Dropped only where the
-- alias list is still the one 0003 first wrote, so a staff edit is kept; the version moves only then.
UPDATE `catalogue_meta` SET `version` = `version` + 1, `epoch` = lower(hex(randomblob(8))) WHERE `id` = 1 AND EXISTS (SELECT 1 FROM `ingredients` WHERE `slug` = 'salicylic-acid' AND `aliases` = '["Beta Hydroxy Acid","BHA"]');--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Beta Hydroxy Acid"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `slug` = 'salicylic-acid' AND `aliases` = '["Beta Hydroxy Acid","BHA"]';
