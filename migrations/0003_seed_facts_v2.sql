-- Version 2 seed facts for databases seeded by version 1 (see guidance.md, "Seed catalogue facts").
-- A fact is changed only where it still holds the version-1 seed value, and a new field only where it
-- still holds its column default, so nothing staff edited is overwritten. Fresh databases have no rows
-- yet and are seeded with these facts directly.
UPDATE `ingredients` SET `aliases` = '["Vitamin A"]' WHERE `slug` = 'retinol' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `strength` = '{"startFrom":0.1,"startTo":0.3,"max":1}' WHERE `slug` = 'retinol' AND `strength` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["spierings-retinol","retinoid-aging-review"]}' WHERE `slug` = 'retinol' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Retinaldehyde"]' WHERE `slug` = 'retinal' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["retinoid-aging-review"]}' WHERE `slug` = 'retinal' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["HPR","Granactive Retinoid"]' WHERE `slug` = 'hydroxypinacolone-retinoate' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `irritation` = 'low', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `slug` = 'retinyl-palmitate' AND `irritation` = 'medium';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Vitamin A Palmitate"]' WHERE `slug` = 'retinyl-palmitate' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"limited","sources":["spierings-retinol"]}' WHERE `slug` = 'retinyl-palmitate' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `concerns` = '["texture","dullness","dark-spots","fine-lines"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `slug` = 'glycolic-acid' AND `concerns` = '["texture","dullness","dark-spots"]';--> statement-breakpoint
UPDATE `ingredients` SET `strength` = '{"startFrom":5,"startTo":8,"max":10}' WHERE `slug` = 'glycolic-acid' AND `strength` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"strong","sources":["fda-aha","aad-exfoliation"]}' WHERE `slug` = 'glycolic-acid' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `strength` = '{"startFrom":5,"startTo":10,"max":10}' WHERE `slug` = 'lactic-acid' AND `strength` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"strong","sources":["fda-aha","aad-exfoliation"]}' WHERE `slug` = 'lactic-acid' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `concerns` = '["texture","dullness","dark-spots","pores"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `slug` = 'mandelic-acid' AND `concerns` = '["texture","dullness","dark-spots"]';--> statement-breakpoint
UPDATE `ingredients` SET `strength` = '{"startFrom":5,"startTo":10,"max":10}' WHERE `slug` = 'mandelic-acid' AND `strength` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["aad-exfoliation"]}' WHERE `slug` = 'mandelic-acid' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Beta Hydroxy Acid"]' WHERE `slug` = 'salicylic-acid' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `strength` = '{"startFrom":0.5,"startTo":2,"max":2}' WHERE `slug` = 'salicylic-acid' AND `strength` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"strong","sources":["aad-exfoliation"]}' WHERE `slug` = 'salicylic-acid' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `irritation` = 'low', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `slug` = 'gluconolactone' AND `irritation` = 'medium';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["aad-exfoliation"]}' WHERE `slug` = 'gluconolactone' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `irritation` = 'low', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `slug` = 'lactobionic-acid' AND `irritation` = 'medium';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["aad-exfoliation"]}' WHERE `slug` = 'lactobionic-acid' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Hyaluronic Acid Sodium Salt"]' WHERE `slug` = 'sodium-hyaluronate' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["nebraska-moisturizer","ha-low-weight-trial"]}' WHERE `slug` = 'sodium-hyaluronate' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Low Molecular Weight Hyaluronic Acid"]' WHERE `slug` = 'hydrolyzed-hyaluronic-acid' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["ha-low-weight-trial"]}' WHERE `slug` = 'hydrolyzed-hyaluronic-acid' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["HA"]' WHERE `slug` = 'hyaluronic-acid' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'hyaluronic-acid' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Glycerol","Glycerine"]' WHERE `slug` = 'glycerin' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"strong","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'glycerin' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Sodium Pyrrolidone Carboxylate"]' WHERE `slug` = 'sodium-pca' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'sodium-pca' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"strong","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'urea' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Vitamin C","L-Ascorbic Acid"]' WHERE `slug` = 'ascorbic-acid' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `strength` = '{"startFrom":8,"startTo":15,"max":20}' WHERE `slug` = 'ascorbic-acid' AND `strength` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"strong","sources":["vitamin-c-review"]}' WHERE `slug` = 'ascorbic-acid' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Ethyl Ascorbic Acid","Ethyl Ascorbate"]' WHERE `slug` = 'ethyl-ascorbic-acid' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["vitamin-c-review"]}' WHERE `slug` = 'ethyl-ascorbic-acid' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["MAP"]' WHERE `slug` = 'magnesium-ascorbyl-phosphate' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["vitamin-c-review"]}' WHERE `slug` = 'magnesium-ascorbyl-phosphate' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["SAP"]' WHERE `slug` = 'sodium-ascorbyl-phosphate' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["vitamin-c-review"]}' WHERE `slug` = 'sodium-ascorbyl-phosphate' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Ascorbic Acid 2-Glucoside"]' WHERE `slug` = 'ascorbyl-glucoside' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["vitamin-c-review"]}' WHERE `slug` = 'ascorbyl-glucoside' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Ascorbyl Tetraisopalmitate"]' WHERE `slug` = 'tetrahexyldecyl-ascorbate' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["vitamin-c-review"]}' WHERE `slug` = 'tetrahexyldecyl-ascorbate' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Vitamin E"]' WHERE `slug` = 'tocopherol' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["cc-basic-routine"]}' WHERE `slug` = 'tocopherol' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["vitamin-c-review"]}' WHERE `slug` = 'ferulic-acid' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Matrixyl"]' WHERE `slug` = 'palmitoyl-pentapeptide-4' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["article"]}' WHERE `slug` = 'palmitoyl-pentapeptide-4' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"limited","sources":["article"]}' WHERE `slug` = 'palmitoyl-tripeptide-1' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["GHK-Cu","Copper Peptide"]' WHERE `slug` = 'copper-tripeptide-1' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"limited","sources":["article"]}' WHERE `slug` = 'copper-tripeptide-1' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Argireline","Acetyl Hexapeptide-3"]' WHERE `slug` = 'acetyl-hexapeptide-8' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"limited","sources":["article"]}' WHERE `slug` = 'acetyl-hexapeptide-8' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"limited","sources":["article"]}' WHERE `slug` = 'palmitoyl-tetrapeptide-7' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Vitamin B3","Nicotinamide"]' WHERE `slug` = 'niacinamide' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"strong","sources":["niacinamide-review"]}' WHERE `slug` = 'niacinamide' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Provitamin B5","Pro-Vitamin B5","D-Panthenol","Dexpanthenol"]' WHERE `slug` = 'panthenol' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'panthenol' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Ceramide 3"]' WHERE `slug` = 'ceramide-np' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'ceramide-np' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Ceramide 6 II"]' WHERE `slug` = 'ceramide-ap' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'ceramide-ap' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Ceramide 1"]' WHERE `slug` = 'ceramide-eop' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'ceramide-eop' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'cholesterol' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'squalane' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Jojoba Oil"]' WHERE `slug` = 'jojoba-oil' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'jojoba-oil' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"strong","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'dimethicone' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Caprylic Capric Triglyceride","MCT Oil"]' WHERE `slug` = 'caprylic-capric-triglyceride' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'caprylic-capric-triglyceride' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Rosehip Oil","Rosa Canina Seed Oil"]' WHERE `slug` = 'rosehip-oil' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Shea Butter","Butyrospermum Parkii (Shea) Butter"]' WHERE `slug` = 'shea-butter' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'shea-butter' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Petroleum Jelly","Mineral Jelly"]' WHERE `slug` = 'petrolatum' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"strong","sources":["nebraska-moisturizer"]}' WHERE `slug` = 'petrolatum' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Cica","Gotu Kola Extract"]' WHERE `slug` = 'centella-asiatica-extract' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Alpha-Bisabolol"]' WHERE `slug` = 'bisabolol' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Colloidal Oatmeal","Oat Kernel Flour"]' WHERE `slug` = 'colloidal-oatmeal' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["aad-rosacea"]}' WHERE `slug` = 'colloidal-oatmeal' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Aloe Vera","Aloe Barbadensis Leaf Extract"]' WHERE `slug` = 'aloe-vera-juice' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Licorice Root Extract Salt"]' WHERE `slug` = 'dipotassium-glycyrrhizate' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["CI 77947"]' WHERE `slug` = 'zinc-oxide' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `uv_spectrum` = 'broad' WHERE `slug` = 'zinc-oxide' AND `uv_spectrum` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"strong","sources":["aad-sunscreen"]}' WHERE `slug` = 'zinc-oxide' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["CI 77891"]' WHERE `slug` = 'titanium-dioxide' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `uv_spectrum` = 'uvb' WHERE `slug` = 'titanium-dioxide' AND `uv_spectrum` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"strong","sources":["aad-sunscreen"]}' WHERE `slug` = 'titanium-dioxide' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Bemotrizinol","Tinosorb S"]' WHERE `slug` = 'bis-ethylhexyloxyphenol-methoxyphenyl-triazine' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `uv_spectrum` = 'broad' WHERE `slug` = 'bis-ethylhexyloxyphenol-methoxyphenyl-triazine' AND `uv_spectrum` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["aad-sunscreen"]}' WHERE `slug` = 'bis-ethylhexyloxyphenol-methoxyphenyl-triazine' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Uvinul A Plus","DHHB"]' WHERE `slug` = 'diethylamino-hydroxybenzoyl-hexyl-benzoate' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `uv_spectrum` = 'uva' WHERE `slug` = 'diethylamino-hydroxybenzoyl-hexyl-benzoate' AND `uv_spectrum` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["aad-sunscreen"]}' WHERE `slug` = 'diethylamino-hydroxybenzoyl-hexyl-benzoate' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Uvinul T 150"]' WHERE `slug` = 'ethylhexyl-triazone' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `uv_spectrum` = 'uvb' WHERE `slug` = 'ethylhexyl-triazone' AND `uv_spectrum` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["aad-sunscreen"]}' WHERE `slug` = 'ethylhexyl-triazone' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Avobenzone"]' WHERE `slug` = 'butyl-methoxydibenzoylmethane' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `uv_spectrum` = 'uva' WHERE `slug` = 'butyl-methoxydibenzoylmethane' AND `uv_spectrum` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["aad-sunscreen"]}' WHERE `slug` = 'butyl-methoxydibenzoylmethane' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `irritation` = 'medium', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `slug` = 'octocrylene' AND `irritation` = 'low';--> statement-breakpoint
UPDATE `ingredients` SET `uv_spectrum` = 'uvb' WHERE `slug` = 'octocrylene' AND `uv_spectrum` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["aad-sunscreen"]}' WHERE `slug` = 'octocrylene' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Octinoxate","Octyl Methoxycinnamate"]' WHERE `slug` = 'ethylhexyl-methoxycinnamate' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `uv_spectrum` = 'uvb' WHERE `slug` = 'ethylhexyl-methoxycinnamate' AND `uv_spectrum` IS NULL;--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["aad-sunscreen"]}' WHERE `slug` = 'ethylhexyl-methoxycinnamate' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `pregnancy_safe` = 0, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `slug` = 'bakuchiol' AND `pregnancy_safe` = 1;--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Birch Sap","Birch Juice"]' WHERE `slug` = 'birch-sap' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Chaga Extract"]' WHERE `slug` = 'chaga-mushroom-extract' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Green Tea Extract"]' WHERE `slug` = 'green-tea-extract' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Licorice Root Extract","Liquorice Extract"]' WHERE `slug` = 'licorice-root-extract' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `evidence` = '{"grade":"moderate","sources":["aad-rosacea"]}' WHERE `slug` = 'azelaic-acid' AND `evidence` = '{"grade":"limited","sources":[]}';--> statement-breakpoint
UPDATE `ingredients` SET `pregnancy_safe` = 0, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `slug` = 'tranexamic-acid' AND `pregnancy_safe` = 1;--> statement-breakpoint
UPDATE `ingredients` SET `pregnancy_safe` = 0, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `slug` = 'alpha-arbutin' AND `pregnancy_safe` = 1;--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Alpha Arbutin"]' WHERE `slug` = 'alpha-arbutin' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `ingredients` SET `aliases` = '["Snail Mucin"]' WHERE `slug` = 'snail-secretion-filtrate' AND `aliases` = '[]';--> statement-breakpoint
UPDATE `catalogue_meta` SET `version` = `version` + 1, `epoch` = lower(hex(randomblob(8)));
