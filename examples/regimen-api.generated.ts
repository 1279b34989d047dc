/**
 * The Regimen API contract as TypeScript types, generated from openapi.yaml by
 * openapi-typescript (`npm run openapi:gen`). Do not edit: change the route schemas.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the process runs, whatever the state of the database: a liveness probe restarts the process only when this fails.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 when the database answers, else 503 with `{"status": "unavailable"}`: a load balancer sends traffic only while this is 200.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ingredients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search ingredients
         * @description Pages through the catalogue in slug order, optionally filtered. Send the `ETag` back as `If-None-Match` to get a 304 while the catalogue is unchanged.
         */
        get: operations["listIngredients"];
        put?: never;
        /**
         * Add an ingredient
         * @description Creates an ingredient; 409 when the slug exists. Answers 201 with `Location`.
         */
        post: operations["createIngredient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ingredients/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one ingredient
         * @description The ingredient with this slug, with the facts the engine decides from. Send the `ETag` back as `If-None-Match` to get a 304 while it is unchanged.
         */
        get: operations["getIngredient"];
        /**
         * Replace an ingredient
         * @description Replaces every field of the ingredient at this slug (the body’s slug must match).
         */
        put: operations["replaceIngredient"];
        post?: never;
        /**
         * Delete an ingredient
         * @description Removes the ingredient; it is no longer recommended from the next request on.
         */
        delete: operations["deleteIngredient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ingredients/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk upsert ingredients
         * @description Creates or replaces every row (by slug) in one transaction: all rows or none. A bad file gets a 400 whose `errors` name every bad row (`row`, 1-based) and field. `dryRun=true` validates only.
         */
        post: operations["importIngredients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search products
         * @description Pages through the product catalogue in id order, optionally filtered by brand or name, kind, an ingredient held or left out, and pregnancy safety. Send the `ETag` back as `If-None-Match` to get a 304 while the products are unchanged.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Add a product
         * @description Creates a product and reads its ingredient list against the catalogue; 409 when the id exists. Answers 201 with `Location`.
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one product
         * @description The product with this id, with its ingredient list as read against the catalogue. Send the `ETag` back as `If-None-Match` to get a 304 while it is unchanged.
         */
        get: operations["getProduct"];
        /**
         * Replace a product
         * @description Replaces every field of the product at this id (the body’s id must match) and reads its list again.
         */
        put: operations["replaceProduct"];
        post?: never;
        /**
         * Delete a product
         * @description Removes the product from the catalogue.
         */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk upsert products
         * @description Creates or replaces every row (by id) in one transaction: all rows or none. A bad file gets a 400 whose `errors` name every bad row (`row`, 1-based) and field. `dryRun=true` validates only.
         */
        post: operations["importProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the rules
         * @description Every rule the engine applies, with its rationale and sources, titles and rationales in the language `Accept-Language` picks. Send the `ETag` back as `If-None-Match` to get a 304 while the rules (in that language) are unchanged.
         */
        get: operations["listRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one rule
         * @description The rule with this id, as named in `ruleIds` and `rulesApplied`, its title and rationale in the language `Accept-Language` picks.
         */
        get: operations["getRule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/inci": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the CosIng INCI reference
         * @description Pages through the EU CosIng inventory in INCI-name order. A `q` shaped like a CAS number finds the names listing exactly that number; any other `q` finds the names that start with it or whose words start with each of its words, ignoring case and punctuation.
         */
        get: operations["searchInciReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a routine and calendar for a skin profile
         * @description Computes a morning and evening routine and a day-by-day calendar from the profile and the current catalogue. Every step, warning and expectation names the rules that produced it. The same request (with `startDate`) against the same `catalogueVersion` returns the same body, byte for byte. With `?explain=true` the answer adds `trace`: every rule, whether it fired, and the facts it decided on. Texts (notes, frequencies, warnings, expectations, lifestyle, disclaimer, trace effects) are in the language `Accept-Language` picks; slugs, codes and rule ids are the same in every language. With `Accept: text/calendar` the answer is the same plan as an RFC 5545 calendar file to import into a calendar app (sessions at `reminders` times, with alarms); JSON otherwise.
         */
        post: operations["createRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/analyze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read an ingredient list
         * @description Splits an ingredient list as printed (up to 10,000 characters) into entries and matches each to the catalogue (INCI name, then alias), then to the CosIng reference, then by close spelling. Text before "Ingredients:" is ignored; stated percentages, footnote marks and "may contain" entries are recognised. Entries that match nothing are listed with the closest INCI names. A list in which nothing matches at all is a 400. Warnings are in the language `Accept-Language` picks.
         */
        post: operations["analyzeIngredientList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List catalogue writes
         * @description Who changed which ingredient or product, when, with the values before and after. Needs `audit:read`.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description What one check-in changed in the schedule of one active. */
        Adjustment: {
            /** @description The check-in that caused it (YYYY-MM-DD); the change applies from the next day. */
            date: string;
            /** @description The active whose schedule changed. */
            ingredient: string;
            /**
             * @description `hold`: the next week of use repeats the current number of nights; `step-back`: one ramp stage lower for 14 days; `pause`: no acid nights for 14 days; `stop`: not used for 7 days, then restarted from its first stage.
             * @enum {string}
             */
            action: "hold" | "step-back" | "pause" | "stop";
            /** @description The last day the change is in force (YYYY-MM-DD, inclusive). */
            until: string;
            /** @description The ids of the rules that produced it (see `GET /v1/rules`). */
            ruleIds: components["schemas"]["RuleId"][];
        };
        /** @description One catalogue write. */
        AuditEntry: {
            /**
             * Format: int64
             * @description Sequence number; higher is newer.
             */
            id: number;
            /** @description When the write happened (ISO 8601, UTC). */
            at: string;
            /** @description The API key name, or `cli` for the command line. */
            actor: string;
            /**
             * @description What was done.
             * @enum {string}
             */
            operation: "create" | "update" | "delete";
            /**
             * @description What was written: an ingredient or a product.
             * @enum {string}
             */
            entity: "ingredient" | "product";
            /** @description The slug of the ingredient, or the id of the product, written. */
            slug: string;
            /** @description The ingredient or product before the write (null on create). */
            before: (components["schemas"]["Ingredient"] | components["schemas"]["ProductRecord"]) | null;
            /** @description The ingredient or product after the write (null on delete). */
            after: (components["schemas"]["Ingredient"] | components["schemas"]["ProductRecord"]) | null;
        };
        /**
         * @description Catalogue writes, newest first.
         * @example {
         *       "items": [
         *         {
         *           "id": 42,
         *           "at": "2026-11-25T12:00:00.000Z",
         *           "actor": "ci-bot",
         *           "operation": "delete",
         *           "entity": "ingredient",
         *           "slug": "malic-acid",
         *           "before": {
         *             "slug": "malic-acid",
         *             "name": "Malic Acid",
         *             "inciName": "MALIC ACID",
         *             "class": "aha",
         *             "family": null,
         *             "rank": 40,
         *             "concerns": [
         *               "texture",
         *               "dullness"
         *             ],
         *             "photosensitizing": true,
         *             "irritation": "medium",
         *             "maxApplicationsPerDay": 1,
         *             "pregnancySafe": true,
         *             "skinTypes": [
         *               "combination",
         *               "normal",
         *               "oily"
         *             ],
         *             "casNumber": "6915-15-7",
         *             "ecNumber": "230-022-8",
         *             "notes": "A gentler AHA; evenings only.",
         *             "aliases": [
         *               "Apple Acid"
         *             ],
         *             "uvSpectrum": null,
         *             "strength": null,
         *             "evidence": {
         *               "grade": "limited",
         *               "sources": []
         *             },
         *             "updatedAt": "2026-11-20T09:30:00.000Z"
         *           },
         *           "after": null
         *         }
         *       ],
         *       "nextCursor": "42"
         *     }
         */
        AuditList: {
            /** @description The writes of this page, newest first. */
            items: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` for older entries; null at the oldest. */
            nextCursor: string | null;
        };
        /** @description What is applied on one day. */
        CalendarDay: {
            /** @description The day (YYYY-MM-DD). */
            date: string;
            /**
             * Format: int32
             * @description Week of the schedule, from 1.
             */
            week: number;
            /** @description Slugs applied in the morning, in application order. */
            am: string[];
            /** @description Slugs applied in the evening, in application order. */
            pm: string[];
            /** @description Slugs being patch-tested that day on a small spot (inner arm), before their first use on the face. */
            patch: string[];
        };
        /**
         * @description An RFC 5545 calendar (`text/calendar`): one event a day for each session that has steps, at `reminders.am` / `reminders.pm` in `reminders.timeZone` (floating times without one), its steps in order in the description, a display alarm at its start, and an all-day event on each patch-test day. Each event's `UID` depends only on the profile (not on `reminders` or `weeks`), the date and the session, so importing the file again updates the events instead of duplicating them.
         * @example BEGIN:VCALENDAR
         *     VERSION:2.0
         *     PRODID:-//Regimen//Regimen API//EN
         *     NAME:Skincare routine
         *     BEGIN:VTIMEZONE
         *     TZID:Europe/Paris
         *     …
         *     END:VTIMEZONE
         *     BEGIN:VEVENT
         *     UID:2026-12-08-pm-5d41402abc4b2a76b971@regimen
         *     DTSTAMP:20261125T120000Z
         *     DTSTART;TZID=Europe/Paris:20261208T213000
         *     DTEND;TZID=Europe/Paris:20261208T214500
         *     SUMMARY:Evening skincare: Retinol
         *     DESCRIPTION:1. Cleanse\n2. Serum: Sodium Hyaluronate\n3. Treatment: Retinol (face\, neck and décolletage)\n…
         *     BEGIN:VALARM
         *     ACTION:DISPLAY
         *     TRIGGER:PT0S
         *     DESCRIPTION:Time for your evening skincare.
         *     END:VALARM
         *     END:VEVENT
         *     END:VCALENDAR
         */
        CalendarFile: string;
        /**
         * @description A reaction the person reports; the service stores nothing, so the client sends every check-in with the profile each time.
         * @example {
         *       "date": "2026-12-20",
         *       "reaction": "dryness",
         *       "severity": "mild",
         *       "ingredient": "retinol"
         *     }
         */
        CheckIn: {
            /**
             * Format: date
             * @description The day it happened (YYYY-MM-DD), inside the schedule: from `startDate` to its last day. The plan changes from the next day.
             */
            date: string;
            /**
             * @description What the skin did.
             * @enum {string}
             */
            reaction: "dryness" | "peeling" | "redness" | "stinging" | "burning" | "swelling" | "breakout";
            /**
             * @description How bad it was.
             * @enum {string}
             */
            severity: "mild" | "moderate" | "severe";
            /** @description What the person thinks caused it: a catalogue slug. Absent: every active applied that day or the day before. */
            ingredient?: string;
        };
        /**
         * @description A skin concern an ingredient addresses or a person wants addressed.
         * @enum {string}
         */
        Concern: "firmness" | "fine-lines" | "dryness" | "dullness" | "dark-spots" | "texture" | "pores" | "redness";
        /** @description The evidence grade and the source keys behind it. */
        Evidence: {
            /**
             * @description How well the evidence supports it: strong, moderate or limited.
             * @enum {string}
             */
            grade: "strong" | "moderate" | "limited";
            /** @description Keys of the sources it rests on (as in `GET /v1/rules`). */
            sources: ("article" | "fda-aha" | "aad-sunscreen" | "aad-patch-test" | "aad-exfoliation" | "cc-order" | "cc-basic-routine" | "nebraska-moisturizer" | "dermnet-retinoids" | "retinoid-aging-review" | "uktis-retinoid" | "sps-lactation" | "vitamin-c-review" | "ha-low-weight-trial" | "niacinamide-review" | "aad-rosacea" | "grade" | "spierings-retinol" | "bozzo-pregnancy" | "cosing")[];
        };
        /** @description An evidence grade and its source keys. */
        EvidenceGrade: {
            /**
             * @description How well the evidence supports it.
             * @enum {string}
             */
            grade: "strong" | "moderate" | "limited";
            /** @description Keys of the sources it rests on. */
            sources: string[];
        };
        /** @description When to expect visible results for one concern. */
        Expectation: {
            concern: components["schemas"]["Concern"];
            /**
             * Format: int64
             * @description Earliest week results usually show.
             */
            fromWeeks: number;
            /**
             * Format: int64
             * @description Week by which results usually show.
             */
            toWeeks: number;
            /** @description The expectation, in words. */
            message: string;
            /** @description The ids of the rules that produced it (see `GET /v1/rules`). */
            ruleIds: components["schemas"]["RuleId"][];
        };
        /** @description One bad field of the request. */
        FieldError: {
            /** @description JSON Pointer to the bad field, e.g. `/concerns/0` (`/` for the whole input). */
            path: string;
            /** @description What is wrong with it. */
            message: string;
            /**
             * Format: int64
             * @description For imports: the 1-based number of the bad row.
             */
            row?: number;
            /**
             * @description Which part of the request holds the field.
             * @enum {string}
             */
            in?: "body" | "query" | "params" | "headers";
        };
        /** @description An ingredient the routine names, with its evidence and strength. */
        GlossaryEntry: {
            /** @description Catalogue slug. */
            slug: string;
            /** @description Consumer-facing name (as the catalogue caps it). */
            name: string;
            evidence: components["schemas"]["EvidenceGrade"];
            /** @description Strengths in percent, or null when the catalogue gives none. */
            strength: {
                /** @description Low end of the starting strength, in percent. */
                startFrom: number;
                /** @description High end of the starting strength, in percent. */
                startTo: number;
                /** @description The most ever advised, in percent. */
                max: number;
            } | null;
        };
        /**
         * @description Liveness or readiness.
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /**
             * @description `ok` when healthy, `unavailable` when not.
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        /**
         * @description What an import wrote, or would write.
         * @example {
         *       "dryRun": false,
         *       "total": 3,
         *       "created": 1,
         *       "updated": 1,
         *       "unchanged": 1,
         *       "warnings": [
         *         {
         *           "row": 2,
         *           "field": "inciName",
         *           "message": "CosIng spells this INCI name 'SODIUM HYALURONATE'."
         *         }
         *       ]
         *     }
         */
        ImportReport: {
            /** @description True when nothing was written. */
            dryRun: boolean;
            /**
             * Format: int64
             * @description Rows in the file.
             */
            total: number;
            /**
             * Format: int64
             * @description Rows that are (or would be) new ingredients.
             */
            created: number;
            /**
             * Format: int64
             * @description Rows that change (or would change) an existing ingredient: written and audited.
             */
            updated: number;
            /**
             * Format: int64
             * @description Rows equal to the stored ingredient (ignoring `updatedAt`): not written, not audited, and the catalogue version stays when every row is unchanged.
             */
            unchanged: number;
            /** @description Rows the CosIng reference disagrees with. */
            warnings: components["schemas"]["WriteWarning"][];
        };
        /**
         * @description One INCI name of the EU CosIng inventory, with its CAS and EC numbers and functions.
         * @example {
         *       "inciName": "RETINOL",
         *       "casNumbers": [
         *         "68-26-8"
         *       ],
         *       "ecNumbers": [
         *         "200-683-7"
         *       ],
         *       "functions": [
         *         "Skin Conditioning"
         *       ]
         *     }
         */
        InciReference: {
            /** @description The INCI name as CosIng spells it. */
            inciName: string;
            /** @description Its CAS registry numbers (CosIng lists several for some names); empty when it has none. */
            casNumbers: string[];
            /** @description Its EC (EINECS/ELINCS) numbers; empty when it has none. */
            ecNumbers: string[];
            /** @description CosIng functions: regulatory labels such as `Humectant` or `Buffering`, not what it does for skin. */
            functions: string[];
        };
        /**
         * @description One page of CosIng INCI names, ordered by name.
         * @example {
         *       "items": [
         *         {
         *           "inciName": "RETINOL",
         *           "casNumbers": [
         *             "68-26-8"
         *           ],
         *           "ecNumbers": [
         *             "200-683-7"
         *           ],
         *           "functions": [
         *             "Skin Conditioning"
         *           ]
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        InciReferenceList: {
            /** @description The matching INCI names of this page, in name order. */
            items: components["schemas"]["InciReference"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description One ingredient of the catalogue, with the facts the engine decides from.
         * @example {
         *       "slug": "retinol",
         *       "name": "Retinol",
         *       "inciName": "RETINOL",
         *       "class": "retinoid",
         *       "family": null,
         *       "rank": 10,
         *       "concerns": [
         *         "fine-lines",
         *         "firmness",
         *         "texture",
         *         "dark-spots"
         *       ],
         *       "photosensitizing": true,
         *       "irritation": "medium",
         *       "maxApplicationsPerDay": 1,
         *       "pregnancySafe": false,
         *       "skinTypes": [
         *         "dry",
         *         "combination",
         *         "normal",
         *         "oily"
         *       ],
         *       "casNumber": "68-26-8",
         *       "ecNumber": "200-683-7",
         *       "notes": "Vitamin A alcohol; start slowly, at night.",
         *       "aliases": [
         *         "Vitamin A"
         *       ],
         *       "uvSpectrum": null,
         *       "strength": {
         *         "startFrom": 0.1,
         *         "startTo": 0.3,
         *         "max": 1
         *       },
         *       "evidence": {
         *         "grade": "moderate",
         *         "sources": [
         *           "spierings-retinol",
         *           "retinoid-aging-review"
         *         ]
         *       },
         *       "updatedAt": "2026-11-01T00:00:00.000Z"
         *     }
         */
        Ingredient: {
            /** @description Kebab-case identifier, unique in the catalogue. */
            slug: string;
            /** @description Consumer-facing name. */
            name: string;
            /** @description INCI name as on the label (EU CosIng spelling). */
            inciName: string;
            class: components["schemas"]["IngredientClass"];
            /**
             * @description Forms of one substance share a family (e.g. `hyaluronic-acid`) and count as one ingredient for daily limits.
             * @default null
             */
            family: string | null;
            /**
             * Format: int32
             * @description Staff priority within its class: lower is preferred when two ingredients fit equally.
             * @default 100
             */
            rank: number;
            /** @description The concerns it addresses. */
            concerns: components["schemas"]["Concern"][];
            /** @description Makes skin more vulnerable to UV: scheduled in the evening only. */
            photosensitizing: boolean;
            irritation: components["schemas"]["Irritation"];
            /** @description How many times a day it may be applied (1 or 2). */
            maxApplicationsPerDay: 1 | 2;
            /** @description Whether it may be recommended during pregnancy or when trying to conceive. */
            pregnancySafe: boolean;
            /** @description The skin types it suits. */
            skinTypes: components["schemas"]["SkinType"][];
            /** @description CAS registry number, or null when it has none. */
            casNumber: string | null;
            /** @description EC (EINECS/ELINCS) number, or null when it has none. */
            ecNumber: string | null;
            /**
             * @description Short note for people reading the catalogue.
             * @default
             */
            notes: string;
            /**
             * @description Other names it is printed under on labels (e.g. "Vitamin C"); used to read ingredient lists.
             * @default []
             */
            aliases: string[];
            /**
             * @description For a `uv-filter`, what it blocks (required there); null for every other class.
             * @default null
             */
            uvSpectrum: components["schemas"]["UvSpectrum"] | null;
            /**
             * @description The strength to start with and the most to use, in percent; null when no source gives one.
             * @default null
             */
            strength: components["schemas"]["Strength"] | null;
            /**
             * @description How well the evidence supports it; an ingredient without one is graded `limited`.
             * @default {
             *       "grade": "limited",
             *       "sources": []
             *     }
             */
            evidence: components["schemas"]["Evidence"];
            /** @description When it was last written (ISO 8601, UTC). */
            updatedAt: string;
        };
        /**
         * @description What kind of ingredient it is; the engine places ingredients by class.
         * @enum {string}
         */
        IngredientClass: "retinoid" | "aha" | "bha" | "pha" | "humectant" | "antioxidant" | "peptide" | "vitamin" | "emollient" | "barrier" | "soothing" | "uv-filter" | "botanical" | "other";
        /**
         * @description Rows shaped like IngredientWrite: a JSON array (`application/json`), or a CSV body (`text/csv`) whose header row names the fields and whose lists are `;`-separated.
         * @example [
         *       {
         *         "slug": "malic-acid",
         *         "name": "Malic Acid",
         *         "inciName": "MALIC ACID",
         *         "class": "aha",
         *         "family": null,
         *         "rank": 40,
         *         "concerns": [
         *           "texture",
         *           "dullness"
         *         ],
         *         "photosensitizing": true,
         *         "irritation": "medium",
         *         "maxApplicationsPerDay": 1,
         *         "pregnancySafe": true,
         *         "skinTypes": [
         *           "combination",
         *           "normal",
         *           "oily"
         *         ],
         *         "casNumber": "6915-15-7",
         *         "ecNumber": "230-022-8",
         *         "notes": "A gentler AHA; evenings only.",
         *         "aliases": [
         *           "Apple Acid"
         *         ],
         *         "uvSpectrum": null,
         *         "strength": null,
         *         "evidence": {
         *           "grade": "limited",
         *           "sources": []
         *         }
         *       }
         *     ]
         */
        IngredientImport: components["schemas"]["IngredientWrite"][] | string;
        /**
         * @description One page of ingredients, ordered by slug.
         * @example {
         *       "items": [
         *         {
         *           "slug": "retinol",
         *           "name": "Retinol",
         *           "inciName": "RETINOL",
         *           "class": "retinoid",
         *           "family": null,
         *           "rank": 10,
         *           "concerns": [
         *             "fine-lines",
         *             "firmness",
         *             "texture",
         *             "dark-spots"
         *           ],
         *           "photosensitizing": true,
         *           "irritation": "medium",
         *           "maxApplicationsPerDay": 1,
         *           "pregnancySafe": false,
         *           "skinTypes": [
         *             "dry",
         *             "combination",
         *             "normal",
         *             "oily"
         *           ],
         *           "casNumber": "68-26-8",
         *           "ecNumber": "200-683-7",
         *           "notes": "Vitamin A alcohol; start slowly, at night.",
         *           "aliases": [
         *             "Vitamin A"
         *           ],
         *           "uvSpectrum": null,
         *           "strength": {
         *             "startFrom": 0.1,
         *             "startTo": 0.3,
         *             "max": 1
         *           },
         *           "evidence": {
         *             "grade": "moderate",
         *             "sources": [
         *               "spierings-retinol",
         *               "retinoid-aging-review"
         *             ]
         *           },
         *           "updatedAt": "2026-11-01T00:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "cmV0aW5vbA"
         *     }
         */
        IngredientList: {
            /** @description The ingredients of this page, in slug order. */
            items: components["schemas"]["Ingredient"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description An ingredient as staff write it; the server adds `updatedAt`. `family`, `rank`, `notes`, `aliases`, `uvSpectrum`, `strength` and `evidence` may be left out (null, 100, empty, none, null, null and `limited`); a `uv-filter` must give `uvSpectrum`.
         * @example {
         *       "slug": "malic-acid",
         *       "name": "Malic Acid",
         *       "inciName": "MALIC ACID",
         *       "class": "aha",
         *       "family": null,
         *       "rank": 40,
         *       "concerns": [
         *         "texture",
         *         "dullness"
         *       ],
         *       "photosensitizing": true,
         *       "irritation": "medium",
         *       "maxApplicationsPerDay": 1,
         *       "pregnancySafe": true,
         *       "skinTypes": [
         *         "combination",
         *         "normal",
         *         "oily"
         *       ],
         *       "casNumber": "6915-15-7",
         *       "ecNumber": "230-022-8",
         *       "notes": "A gentler AHA; evenings only.",
         *       "aliases": [
         *         "Apple Acid"
         *       ],
         *       "uvSpectrum": null,
         *       "strength": null,
         *       "evidence": {
         *         "grade": "limited",
         *         "sources": []
         *       }
         *     }
         */
        IngredientWrite: {
            /** @description Kebab-case identifier, unique in the catalogue. */
            slug: string;
            /** @description Consumer-facing name. */
            name: string;
            /** @description INCI name as on the label (EU CosIng spelling). */
            inciName: string;
            class: components["schemas"]["IngredientClass"];
            /**
             * @description Forms of one substance share a family (e.g. `hyaluronic-acid`) and count as one ingredient for daily limits.
             * @default null
             */
            family?: string | null;
            /**
             * Format: int32
             * @description Staff priority within its class: lower is preferred when two ingredients fit equally.
             * @default 100
             */
            rank?: number;
            /** @description The concerns it addresses. */
            concerns: components["schemas"]["Concern"][];
            /** @description Makes skin more vulnerable to UV: scheduled in the evening only. */
            photosensitizing: boolean;
            irritation: components["schemas"]["Irritation"];
            /** @description How many times a day it may be applied (1 or 2). */
            maxApplicationsPerDay: 1 | 2;
            /** @description Whether it may be recommended during pregnancy or when trying to conceive. */
            pregnancySafe: boolean;
            /** @description The skin types it suits. */
            skinTypes: components["schemas"]["SkinType"][];
            /** @description CAS registry number, or null when it has none. */
            casNumber: string | null;
            /** @description EC (EINECS/ELINCS) number, or null when it has none. */
            ecNumber: string | null;
            /**
             * @description Short note for people reading the catalogue.
             * @default
             */
            notes?: string;
            /**
             * @description Other names it is printed under on labels (e.g. "Vitamin C"); used to read ingredient lists.
             * @default []
             */
            aliases?: string[];
            /**
             * @description For a `uv-filter`, what it blocks (required there); null for every other class.
             * @default null
             */
            uvSpectrum?: components["schemas"]["UvSpectrum"] | null;
            /**
             * @description The strength to start with and the most to use, in percent; null when no source gives one.
             * @default null
             */
            strength?: components["schemas"]["Strength"] | null;
            /**
             * @description How well the evidence supports it; an ingredient without one is graded `limited`.
             * @default {
             *       "grade": "limited",
             *       "sources": []
             *     }
             */
            evidence?: components["schemas"]["Evidence"];
        };
        /**
         * @description The stored ingredient, with any reference warnings.
         * @example {
         *       "slug": "malic-acid",
         *       "name": "Malic Acid",
         *       "inciName": "MALIC ACID",
         *       "class": "aha",
         *       "family": null,
         *       "rank": 40,
         *       "concerns": [
         *         "texture",
         *         "dullness"
         *       ],
         *       "photosensitizing": true,
         *       "irritation": "medium",
         *       "maxApplicationsPerDay": 1,
         *       "pregnancySafe": true,
         *       "skinTypes": [
         *         "combination",
         *         "normal",
         *         "oily"
         *       ],
         *       "casNumber": "6915-15-7",
         *       "ecNumber": "230-022-8",
         *       "notes": "A gentler AHA; evenings only.",
         *       "aliases": [
         *         "Apple Acid"
         *       ],
         *       "uvSpectrum": null,
         *       "strength": null,
         *       "evidence": {
         *         "grade": "limited",
         *         "sources": []
         *       },
         *       "updatedAt": "2026-11-25T12:00:00.000Z",
         *       "warnings": [
         *         {
         *           "field": "casNumber",
         *           "message": "CosIng lists MALIC ACID with CAS 6915-15-7 or 97-67-6, not '617-48-1'."
         *         }
         *       ]
         *     }
         */
        IngredientWriteResult: {
            /** @description Kebab-case identifier, unique in the catalogue. */
            slug: string;
            /** @description Consumer-facing name. */
            name: string;
            /** @description INCI name as on the label (EU CosIng spelling). */
            inciName: string;
            class: components["schemas"]["IngredientClass"];
            /**
             * @description Forms of one substance share a family (e.g. `hyaluronic-acid`) and count as one ingredient for daily limits.
             * @default null
             */
            family: string | null;
            /**
             * Format: int32
             * @description Staff priority within its class: lower is preferred when two ingredients fit equally.
             * @default 100
             */
            rank: number;
            /** @description The concerns it addresses. */
            concerns: components["schemas"]["Concern"][];
            /** @description Makes skin more vulnerable to UV: scheduled in the evening only. */
            photosensitizing: boolean;
            irritation: components["schemas"]["Irritation"];
            /** @description How many times a day it may be applied (1 or 2). */
            maxApplicationsPerDay: 1 | 2;
            /** @description Whether it may be recommended during pregnancy or when trying to conceive. */
            pregnancySafe: boolean;
            /** @description The skin types it suits. */
            skinTypes: components["schemas"]["SkinType"][];
            /** @description CAS registry number, or null when it has none. */
            casNumber: string | null;
            /** @description EC (EINECS/ELINCS) number, or null when it has none. */
            ecNumber: string | null;
            /**
             * @description Short note for people reading the catalogue.
             * @default
             */
            notes: string;
            /**
             * @description Other names it is printed under on labels (e.g. "Vitamin C"); used to read ingredient lists.
             * @default []
             */
            aliases: string[];
            /**
             * @description For a `uv-filter`, what it blocks (required there); null for every other class.
             * @default null
             */
            uvSpectrum: components["schemas"]["UvSpectrum"] | null;
            /**
             * @description The strength to start with and the most to use, in percent; null when no source gives one.
             * @default null
             */
            strength: components["schemas"]["Strength"] | null;
            /**
             * @description How well the evidence supports it; an ingredient without one is graded `limited`.
             * @default {
             *       "grade": "limited",
             *       "sources": []
             *     }
             */
            evidence: components["schemas"]["Evidence"];
            /** @description When it was last written (ISO 8601, UTC). */
            updatedAt: string;
            /** @description Disagreements with the CosIng reference (empty when none). */
            warnings: components["schemas"]["WriteWarning"][];
        };
        /**
         * @description How likely it is to irritate; `medium` and `high` make it an active.
         * @enum {string}
         */
        Irritation: "low" | "medium" | "high";
        /** @description Habits that affect firmness; all optional. */
        Lifestyle: {
            /**
             * @description How much time the person spends in the sun.
             * @default moderate
             * @enum {string}
             */
            sunExposure?: "low" | "moderate" | "high";
            /**
             * @description Whether the person smokes.
             * @default false
             */
            smoker?: boolean;
            /**
             * @description Whether the person drinks alcohol regularly.
             * @default false
             */
            alcohol?: boolean;
        };
        /** @description Advice on a habit that speeds the loss of firmness. */
        LifestyleAdvice: {
            /**
             * @description The habit it is about.
             * @enum {string}
             */
            code: "sun-exposure" | "smoking" | "alcohol";
            /** @description The advice, in words. */
            message: string;
            /** @description The ids of the rules that produced it (see `GET /v1/rules`). */
            ruleIds: components["schemas"]["RuleId"][];
        };
        /**
         * @description An ingredient list read against the catalogue and the CosIng reference.
         * @example {
         *       "ingredients": [
         *         {
         *           "position": 1,
         *           "text": "Aqua (Water)",
         *           "slug": null,
         *           "inciName": "AQUA",
         *           "match": "reference",
         *           "confidence": 1,
         *           "percent": null,
         *           "mayContain": false
         *         },
         *         {
         *           "position": 2,
         *           "text": "Retinol 0.3%",
         *           "slug": "retinol",
         *           "inciName": "RETINOL",
         *           "match": "exact",
         *           "confidence": 1,
         *           "percent": 0.3,
         *           "mayContain": false
         *         },
         *         {
         *           "position": 3,
         *           "text": "Glycerine",
         *           "slug": "glycerin",
         *           "inciName": "GLYCERIN",
         *           "match": "alias",
         *           "confidence": 1,
         *           "percent": null,
         *           "mayContain": false
         *         }
         *       ],
         *       "facts": {
         *         "actives": [
         *           "retinol"
         *         ],
         *         "retinoid": true,
         *         "exfoliatingAcid": false,
         *         "photosensitizing": true,
         *         "pregnancySafe": false
         *       },
         *       "unknownIngredients": [],
         *       "warnings": [
         *         {
         *           "code": "pregnancy",
         *           "message": "Holds Retinol, not established as safe in pregnancy: avoid it while pregnant or trying to conceive.",
         *           "positions": [
         *             2
         *           ]
         *         }
         *       ]
         *     }
         */
        ListAnalysis: {
            /** @description Every entry, in printed order. */
            ingredients: components["schemas"]["ListEntry"][];
            facts: components["schemas"]["ListFacts"];
            /** @description The entries that matched nothing, in printed order. */
            unknownIngredients: components["schemas"]["UnknownIngredient"][];
            /** @description Empty when none. */
            warnings: components["schemas"]["ListWarning"][];
        };
        /**
         * @description An ingredient list to read.
         * @example {
         *       "inci": "Ingredients: Aqua (Water), Glycerin, Niacinamide 5%, Retinol 0.3%, Phenoxyethanol."
         *     }
         */
        ListAnalysisRequest: {
            /** @description The ingredient list as printed: entries separated by commas, semicolons, bullets or line breaks; text before "Ingredients:" is ignored. */
            inci: string;
        };
        /** @description One entry of a printed ingredient list and what it matched. */
        ListEntry: {
            /**
             * Format: int32
             * @description 1-based, in printed order.
             */
            position: number;
            /** @description The entry as printed, trimmed. */
            text: string;
            /** @description The catalogue ingredient it is, when it matched one. */
            slug: string | null;
            /** @description The INCI name it matched; null when unknown. */
            inciName: string | null;
            /**
             * @description How it matched: a catalogue INCI name (`exact`) or alias (`alias`), a CosIng name (`reference`), a close spelling of either (`fuzzy`, see `confidence`), or nothing (`unknown`).
             * @enum {string}
             */
            match: "exact" | "alias" | "fuzzy" | "reference" | "unknown";
            /** @description 1 for exact, alias and reference matches; 1 − edits ÷ length for a close spelling; 0 when unknown. */
            confidence: number;
            /** @description The percentage printed with it, e.g. 0.5 for "Retinol 0.5%". */
            percent: number | null;
            /** @description Listed after "may contain" or "+/-": counted for warnings, never for placement in a routine. */
            mayContain: boolean;
        };
        /** @description What the product is, derived from the catalogue ingredients it holds (may-contain entries aside). */
        ListFacts: {
            /** @description Catalogue actives it holds, in list order. */
            actives: string[];
            /** @description Holds a retinoid. */
            retinoid: boolean;
            /** @description Holds an exfoliating acid (AHA, BHA or PHA). */
            exfoliatingAcid: boolean;
            /** @description Holds an ingredient that makes skin more sensitive to the sun. */
            photosensitizing: boolean;
            /** @description False when it holds anything not established as safe in pregnancy. */
            pregnancySafe: boolean;
        };
        /** @description Something to check or know about the list. */
        ListWarning: {
            /**
             * @description The kind of warning.
             * @enum {string}
             */
            code: "product-unknown-ingredients" | "close-spelling" | "may-contain" | "pregnancy" | "sun-sensitivity" | "too-strong";
            /** @description What it means, in words. */
            message: string;
            /** @description The `position` of every entry it is about. */
            positions: number[];
        };
        /** @description One of the person’s products, from the product catalogue. */
        OwnCatalogueProduct: {
            /** @description The id of a product of the product catalogue (`GET /v1/products`). */
            productId: string;
        };
        /** @description One of the person’s products, given by its name and printed ingredient list. */
        OwnListedProduct: {
            /** @description What the person calls it; names it in steps and warnings. */
            name: string;
            /** @description Its ingredient list as printed on the label (up to 10,000 characters). */
            inci: string;
            /**
             * @description The step it is for; left out, it is inferred from the ingredients it holds.
             * @enum {string}
             */
            kind?: "cleanse" | "tone" | "serum" | "treatment" | "moisturize" | "sunscreen";
        };
        /**
         * @description An error, as RFC 9457 problem details (`application/problem+json`).
         * @example {
         *       "type": "/problems/invalid-input",
         *       "title": "Invalid input",
         *       "status": 400,
         *       "detail": "The request has 1 invalid field.",
         *       "instance": "/v1/recommendations",
         *       "errors": [
         *         {
         *           "path": "/concerns/0",
         *           "in": "body",
         *           "message": "Invalid option: expected one of \"firmness\"|…"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @description A URI reference naming the kind of problem, relative to the API (e.g. `/problems/invalid-input`); GET it for a page that explains the problem. */
            type: string;
            /** @description Short, human-readable summary of the kind of problem. */
            title: string;
            /**
             * Format: int32
             * @description The HTTP status code.
             */
            status: number;
            /** @description What went wrong with this request. */
            detail: string;
            /** @description The request path. */
            instance?: string;
            /** @description Quote this when reporting a server error. */
            requestId?: string;
            /** @description Every bad field, for invalid input. */
            errors?: components["schemas"]["FieldError"][];
        };
        /**
         * @description A product of the catalogue: what staff wrote, and what its ingredient list reads as against the ingredient catalogue, kept current whenever an ingredient it holds changes.
         * @example {
         *       "id": "gentle-retinol-night-serum",
         *       "brand": "Example Labs",
         *       "name": "Gentle Retinol Night Serum",
         *       "kind": "treatment",
         *       "inci": "Aqua, Glycerin, Retinol 0.3%",
         *       "spf": null,
         *       "url": null,
         *       "ingredients": [
         *         {
         *           "position": 1,
         *           "text": "Aqua",
         *           "slug": null,
         *           "inciName": "AQUA",
         *           "match": "reference",
         *           "confidence": 1,
         *           "percent": null,
         *           "mayContain": false
         *         },
         *         {
         *           "position": 2,
         *           "text": "Glycerin",
         *           "slug": "glycerin",
         *           "inciName": "GLYCERIN",
         *           "match": "exact",
         *           "confidence": 1,
         *           "percent": null,
         *           "mayContain": false
         *         },
         *         {
         *           "position": 3,
         *           "text": "Retinol 0.3%",
         *           "slug": "retinol",
         *           "inciName": "RETINOL",
         *           "match": "exact",
         *           "confidence": 1,
         *           "percent": 0.3,
         *           "mayContain": false
         *         }
         *       ],
         *       "facts": {
         *         "actives": [
         *           "retinol"
         *         ],
         *         "retinoid": true,
         *         "exfoliatingAcid": false,
         *         "photosensitizing": true,
         *         "pregnancySafe": false
         *       },
         *       "unknownIngredients": [],
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        Product: {
            /** @description Kebab-case identifier, unique among products. */
            id: string;
            /** @description Who makes it. */
            brand: string;
            /** @description The product’s name. */
            name: string;
            /**
             * @description The routine step it serves.
             * @enum {string}
             */
            kind: "cleanse" | "tone" | "serum" | "treatment" | "moisturize" | "sunscreen";
            /** @description The ingredient list as printed on the label. */
            inci: string;
            /**
             * @description The labelled sun protection factor (required for a sunscreen), or null.
             * @default null
             */
            spf: number | null;
            /**
             * @description Where to read more about it, or null.
             * @default null
             */
            url: string | null;
            /** @description The list read entry by entry; derived from `inci`. */
            ingredients: components["schemas"]["ListEntry"][];
            facts: components["schemas"]["ListFacts"];
            /** @description The entries that matched nothing, as printed; derived from `inci`. */
            unknownIngredients: string[];
            /** @description When it was last written, or its derived fields last changed with the catalogue (ISO 8601, UTC). */
            updatedAt: string;
        };
        /**
         * @description Rows shaped like ProductWrite: a JSON array (`application/json`), or a CSV body (`text/csv`) whose header row names the fields. Rows of a JSON export (whole Products) import too: their derived fields are read again from `inci`, never taken.
         * @example [
         *       {
         *         "id": "gentle-retinol-night-serum",
         *         "brand": "Example Labs",
         *         "name": "Gentle Retinol Night Serum",
         *         "kind": "treatment",
         *         "inci": "Aqua, Glycerin, Squalane, Niacinamide, Retinol, Tocopherol, Phenoxyethanol",
         *         "spf": null,
         *         "url": null
         *       }
         *     ]
         */
        ProductImport: components["schemas"]["ProductWrite"][] | string;
        /**
         * @description What a product import wrote, or would write.
         * @example {
         *       "dryRun": false,
         *       "total": 3,
         *       "created": 2,
         *       "updated": 1,
         *       "unchanged": 0,
         *       "warnings": [
         *         {
         *           "row": 3,
         *           "field": "inci",
         *           "message": "1 entry matches no known ingredient: 'Glycerne'"
         *         }
         *       ]
         *     }
         */
        ProductImportReport: {
            /** @description True when nothing was written. */
            dryRun: boolean;
            /**
             * Format: int64
             * @description Rows in the file.
             */
            total: number;
            /**
             * Format: int64
             * @description Rows that are (or would be) new products.
             */
            created: number;
            /**
             * Format: int64
             * @description Rows that change (or would change) an existing product: written and audited.
             */
            updated: number;
            /**
             * Format: int64
             * @description Rows equal to the stored product (ignoring `updatedAt`): not written, not audited, and the catalogue version stays when every row is unchanged.
             */
            unchanged: number;
            /** @description Rows whose ingredient list holds entries that matched nothing. */
            warnings: components["schemas"]["ProductImportWarning"][];
        };
        /** @description The row was written, but some entries of its list matched nothing: staff should look. */
        ProductImportWarning: {
            /**
             * Format: int64
             * @description The 1-based row it concerns.
             */
            row: number;
            /**
             * @description The field it concerns.
             * @constant
             */
            field: "inci";
            /** @description Which entries of the list matched no known ingredient. */
            message: string;
        };
        /**
         * @description One page of products, ordered by id.
         * @example {
         *       "items": [
         *         {
         *           "id": "gentle-retinol-night-serum",
         *           "brand": "Example Labs",
         *           "name": "Gentle Retinol Night Serum",
         *           "kind": "treatment",
         *           "inci": "Aqua, Glycerin, Retinol 0.3%",
         *           "spf": null,
         *           "url": null,
         *           "ingredients": [
         *             {
         *               "position": 1,
         *               "text": "Aqua",
         *               "slug": null,
         *               "inciName": "AQUA",
         *               "match": "reference",
         *               "confidence": 1,
         *               "percent": null,
         *               "mayContain": false
         *             },
         *             {
         *               "position": 2,
         *               "text": "Glycerin",
         *               "slug": "glycerin",
         *               "inciName": "GLYCERIN",
         *               "match": "exact",
         *               "confidence": 1,
         *               "percent": null,
         *               "mayContain": false
         *             },
         *             {
         *               "position": 3,
         *               "text": "Retinol 0.3%",
         *               "slug": "retinol",
         *               "inciName": "RETINOL",
         *               "match": "exact",
         *               "confidence": 1,
         *               "percent": 0.3,
         *               "mayContain": false
         *             }
         *           ],
         *           "facts": {
         *             "actives": [
         *               "retinol"
         *             ],
         *             "retinoid": true,
         *             "exfoliatingAcid": false,
         *             "photosensitizing": true,
         *             "pregnancySafe": false
         *           },
         *           "unknownIngredients": [],
         *           "updatedAt": "2026-11-25T12:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "Z2VudGxlLXJldGlub2wtbmlnaHQtc2VydW0"
         *     }
         */
        ProductList: {
            /** @description The products of this page, in id order. */
            items: components["schemas"]["Product"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A product as staff wrote it, as the audit trail keeps it.
         * @example {
         *       "id": "gentle-retinol-night-serum",
         *       "brand": "Example Labs",
         *       "name": "Gentle Retinol Night Serum",
         *       "kind": "treatment",
         *       "inci": "Aqua, Glycerin, Squalane, Niacinamide, Retinol, Tocopherol, Phenoxyethanol",
         *       "spf": null,
         *       "url": null,
         *       "updatedAt": "2026-11-25T12:00:00.000Z"
         *     }
         */
        ProductRecord: {
            /** @description Kebab-case identifier, unique among products. */
            id: string;
            /** @description Who makes it. */
            brand: string;
            /** @description The product’s name. */
            name: string;
            /**
             * @description The routine step it serves.
             * @enum {string}
             */
            kind: "cleanse" | "tone" | "serum" | "treatment" | "moisturize" | "sunscreen";
            /** @description The ingredient list as printed on the label. */
            inci: string;
            /**
             * @description The labelled sun protection factor (required for a sunscreen), or null.
             * @default null
             */
            spf: number | null;
            /**
             * @description Where to read more about it, or null.
             * @default null
             */
            url: string | null;
            /** @description When it was written (ISO 8601, UTC). */
            updatedAt: string;
        };
        /**
         * @description A product as staff write it. `ingredients`, `facts` and `unknownIngredients` are derived from `inci` by the server and never accepted; `spf` and `url` may be left out (null), but a sunscreen needs `spf`.
         * @example {
         *       "id": "gentle-retinol-night-serum",
         *       "brand": "Example Labs",
         *       "name": "Gentle Retinol Night Serum",
         *       "kind": "treatment",
         *       "inci": "Aqua, Glycerin, Squalane, Niacinamide, Retinol, Tocopherol, Phenoxyethanol",
         *       "spf": null,
         *       "url": null
         *     }
         */
        ProductWrite: {
            /** @description Kebab-case identifier, unique among products. */
            id: string;
            /** @description Who makes it. */
            brand: string;
            /** @description The product’s name. */
            name: string;
            /**
             * @description The routine step it serves.
             * @enum {string}
             */
            kind: "cleanse" | "tone" | "serum" | "treatment" | "moisturize" | "sunscreen";
            /** @description The ingredient list as printed on the label. */
            inci: string;
            /**
             * @description The labelled sun protection factor (required for a sunscreen), or null.
             * @default null
             */
            spf?: number | null;
            /**
             * @description Where to read more about it, or null.
             * @default null
             */
            url?: string | null;
        };
        /**
         * @description A routine, its day-by-day calendar, and why.
         * @example {
         *       "routine": {
         *         "am": [
         *           {
         *             "order": 1,
         *             "kind": "cleanse",
         *             "ingredients": [],
         *             "areas": [
         *               "face"
         *             ],
         *             "frequency": "every morning",
         *             "leaveOn": false,
         *             "notes": [
         *               "A cream cleanser that cleans without stripping oils."
         *             ],
         *             "strength": null,
         *             "ruleIds": [
         *               "skin-type.basis",
         *               "routine.serum-with-basics",
         *               "routine.layer-order"
         *             ],
         *             "products": []
         *           }
         *         ],
         *         "pm": [
         *           {
         *             "order": 3,
         *             "kind": "treatment",
         *             "ingredients": [
         *               "glycerin",
         *               "squalane",
         *               "retinol",
         *               "tocopherol"
         *             ],
         *             "areas": [
         *               "face",
         *               "neck",
         *               "decolletage"
         *             ],
         *             "frequency": "from 2026-12-08: 2 nights a week in weeks 1–2, never two in a row; …",
         *             "leaveOn": true,
         *             "notes": [
         *               "A pea-sized amount for the whole face and a second one for the neck and décolletage."
         *             ],
         *             "strength": "Start with Retinol at 0.1–0.3 % and never go above 1 %.",
         *             "ruleIds": [
         *               "retinoid.ramp",
         *               "retinoid.amount",
         *               "photosensitizer.night-only",
         *               "product.own-first"
         *             ],
         *             "products": [
         *               {
         *                 "productId": null,
         *                 "name": "My retinol serum"
         *               }
         *             ]
         *           }
         *         ]
         *       },
         *       "calendar": [
         *         {
         *           "date": "2026-12-01",
         *           "week": 1,
         *           "am": [
         *             "sodium-hyaluronate",
         *             "zinc-oxide"
         *           ],
         *           "pm": [
         *             "sodium-hyaluronate"
         *           ],
         *           "patch": [
         *             "retinol"
         *           ]
         *         }
         *       ],
         *       "ingredients": [
         *         {
         *           "slug": "retinol",
         *           "name": "Retinol",
         *           "evidence": {
         *             "grade": "moderate",
         *             "sources": [
         *               "spierings-retinol",
         *               "retinoid-aging-review"
         *             ]
         *           },
         *           "strength": {
         *             "startFrom": 0.1,
         *             "startTo": 0.3,
         *             "max": 1
         *           }
         *         }
         *       ],
         *       "warnings": [
         *         {
         *           "code": "patch-test",
         *           "message": "Patch-test Retinol for 7 days before its first use on 2026-12-08: …",
         *           "ingredient": "retinol",
         *           "date": "2026-12-01",
         *           "ruleIds": [
         *             "actives.patch-test"
         *           ]
         *         }
         *       ],
         *       "adjustments": [
         *         {
         *           "date": "2026-12-20",
         *           "ingredient": "retinol",
         *           "action": "hold",
         *           "until": "2026-12-28",
         *           "ruleIds": [
         *             "checkin.hold",
         *             "retinoid.ramp"
         *           ]
         *         }
         *       ],
         *       "expectations": [
         *         {
         *           "concern": "firmness",
         *           "fromWeeks": 8,
         *           "toWeeks": 24,
         *           "message": "Expect firmer-looking skin after about 8–24 weeks of consistent use; …",
         *           "ruleIds": [
         *             "expectation.weeks-to-months"
         *           ]
         *         }
         *       ],
         *       "lifestyle": [],
         *       "rulesApplied": [
         *         "skin-type.basis",
         *         "retinoid.ramp"
         *       ],
         *       "catalogueVersion": "12.3f9a2c10",
         *       "disclaimer": "Follow the instructions on each product’s own label first: …"
         *     }
         */
        Recommendation: {
            routine: components["schemas"]["Routine"];
            /** @description One entry per day: `weeks` × 7 days from `startDate`. */
            calendar: components["schemas"]["CalendarDay"][];
            /** @description Every ingredient the routine names, once, with its name, evidence grade and strength. */
            ingredients: components["schemas"]["GlossaryEntry"][];
            /** @description Cautions to show with the routine (empty when none). */
            warnings: components["schemas"]["Warning"][];
            /** @description What the check-ins changed, in the order they apply (empty without check-ins). */
            adjustments: components["schemas"]["Adjustment"][];
            /** @description One per concern of the profile. */
            expectations: components["schemas"]["Expectation"][];
            /** @description Advice for the habits the profile reports. */
            lifestyle: components["schemas"]["LifestyleAdvice"][];
            /** @description Every rule that shaped this answer, in the order of `GET /v1/rules`. */
            rulesApplied: components["schemas"]["RuleId"][];
            /** @description The catalogue version the answer was computed from. */
            catalogueVersion: string;
            /** @description Product instructions come first; general guidance, not medical advice. */
            disclaimer: string;
            /** @description Only with `?explain=true`: one entry for every rule of `GET /v1/rules`, in that order. */
            trace?: components["schemas"]["TraceEntry"][];
        };
        /**
         * @description A skin profile. Only `skinType` and `concerns` are required; unknown fields are rejected.
         * @example {
         *       "skinType": "dry",
         *       "sensitive": false,
         *       "concerns": [
         *         "firmness",
         *         "dryness"
         *       ],
         *       "pregnancy": "none",
         *       "retinoidWeeks": 0,
         *       "avoid": [
         *         "glycolic-acid"
         *       ],
         *       "lifestyle": {
         *         "sunExposure": "moderate",
         *         "smoker": false,
         *         "alcohol": false
         *       },
         *       "startDate": "2026-12-01",
         *       "weeks": 12,
         *       "reminders": {
         *         "am": "07:30",
         *         "pm": "21:30",
         *         "timeZone": "Europe/Paris"
         *       },
         *       "products": [
         *         {
         *           "name": "My retinol serum",
         *           "inci": "Aqua, Glycerin, Squalane, Retinol, Tocopherol, Phenoxyethanol",
         *           "kind": "serum"
         *         }
         *       ],
         *       "suggestProducts": false
         *     }
         */
        RecommendationRequest: {
            /** @description The person’s skin type; it sets the cleanser and moisturizer textures. */
            skinType: components["schemas"]["SkinType"];
            /**
             * @description Sensitive skin: slower ramp, gentler acids, more patch tests.
             * @default false
             */
            sensitive?: boolean;
            /** @description What the person wants addressed: 1 to 5 distinct concerns. */
            concerns: components["schemas"]["Concern"][];
            /**
             * @description `pregnant` or `trying`: no retinoid. `breastfeeding`: a retinoid on face and neck only.
             * @default none
             * @enum {string}
             */
            pregnancy?: "none" | "trying" | "pregnant" | "breastfeeding";
            /**
             * Format: int32
             * @description Weeks already on a retinoid (0–520); the ramp continues from there.
             * @default 0
             */
            retinoidWeeks?: number;
            /**
             * @description Catalogue slugs never to recommend (allergy or preference); an unknown slug is an error.
             * @default []
             */
            avoid?: string[];
            /**
             * @default {
             *       "sunExposure": "moderate",
             *       "smoker": false,
             *       "alcohol": false
             *     }
             */
            lifestyle?: components["schemas"]["Lifestyle"];
            /**
             * Format: date
             * @description First day of the calendar (YYYY-MM-DD, at most 9998-12-31); default today (UTC).
             */
            startDate?: string;
            /**
             * Format: int32
             * @description Length of the calendar in weeks (1–52).
             * @default 12
             */
            weeks?: number;
            /**
             * @default {
             *       "am": "07:30",
             *       "pm": "21:30"
             *     }
             */
            reminders?: components["schemas"]["Reminders"];
            /**
             * @description Up to 200 reactions since the plan started, in any order: they apply in date order, each from the day after, and `adjustments` says what they changed.
             * @default []
             */
            checkIns?: components["schemas"]["CheckIn"][];
            /**
             * @description Up to 20 of the person’s own products: `{ productId }` from the product catalogue, or `{ name, inci, kind? }`. The routine is built around them first; an unknown `productId` is an error.
             * @default []
             */
            products?: (components["schemas"]["OwnCatalogueProduct"] | components["schemas"]["OwnListedProduct"])[];
            /**
             * @description `true`: each step without an own product gets up to 3 catalogue `suggestions`.
             * @default false
             */
            suggestProducts?: boolean;
        };
        /** @description When the calendar file (`Accept: text/calendar`) places the sessions; ignored by the JSON answer. */
        Reminders: {
            /**
             * @description When the morning session starts (HH:MM).
             * @default 07:30
             */
            am?: string;
            /**
             * @description When the evening session starts (HH:MM).
             * @default 21:30
             */
            pm?: string;
            /** @description An IANA time zone (e.g. `Europe/Paris`); without it the times are floating (local wherever the calendar is). */
            timeZone?: string;
        };
        /** @description The routine template: the morning and evening sessions. */
        Routine: {
            /** @description Morning steps in application order. */
            am: components["schemas"]["Step"][];
            /** @description Evening steps in application order. */
            pm: components["schemas"]["Step"][];
        };
        /**
         * @description A rule the engine applies.
         * @example {
         *       "id": "photosensitizer.night-only",
         *       "title": "Photosensitizers go in the evening only",
         *       "rationale": "Ingredients flagged photosensitizing are scheduled only in the evening session …",
         *       "sources": [
         *         {
         *           "key": "fda-aha",
         *           "title": "Labeling for Cosmetics Containing Alpha Hydroxy Acids (US FDA, 2005)",
         *           "url": "https://www.fda.gov/…"
         *         }
         *       ],
         *       "strength": "strong",
         *       "certainty": "moderate"
         *     }
         */
        Rule: {
            /** @description Fixed id, as named in `ruleIds` and `rulesApplied`. */
            id: string;
            /** @description One-line title. */
            title: string;
            /** @description What the engine does and why. */
            rationale: string;
            /** @description The published guidance the rule stands on. */
            sources: components["schemas"]["RuleSource"][];
            /**
             * @description GRADE strength of the recommendation: `strong` or `conditional`.
             * @enum {string}
             */
            strength: "strong" | "conditional";
            /**
             * @description GRADE certainty of the evidence behind it; a rule can be strong on low-certainty evidence.
             * @enum {string}
             */
            certainty: "high" | "moderate" | "low" | "very-low";
        };
        /**
         * @description A rule id, as served by `GET /v1/rules`.
         * @enum {string}
         */
        RuleId: "skin-type.basis" | "goals.match-ingredients" | "goals.firming-actives" | "antioxidant.morning" | "profile.avoid" | "sensitive.gentle-only" | "concern.uncovered" | "routine.serum-with-basics" | "routine.layer-order" | "sun.daily-spf" | "routine.night-serum-leave-on" | "hyaluronic.twice-daily" | "hyaluronic.seal" | "photosensitizer.night-only" | "photosensitizer.sun-warning" | "retinoid.ramp" | "retinoid.ramp-sensitive" | "retinoid.experience" | "retinoid.amount" | "retinoid.pregnancy" | "acid.night-frequency" | "actives.no-stacking" | "actives.one-at-a-time" | "actives.patch-test" | "area.neck-decolletage" | "expectation.weeks-to-months" | "lifestyle.sun-smoking-alcohol" | "label.instructions-first" | "strength.start-low" | "evidence.graded" | "checkin.hold" | "checkin.step-back" | "checkin.stop" | "checkin.purge" | "product.contains" | "product.own-first" | "product.conflict" | "product.suggest" | "product.unknown";
        /**
         * @description Every rule the engine applies.
         * @example {
         *       "items": [
         *         {
         *           "id": "retinoid.ramp",
         *           "title": "Retinoids start a few nights a week and build up",
         *           "rationale": "A retinoid starts on 2 non-consecutive nights a week and builds up …",
         *           "sources": [
         *             {
         *               "key": "retinoid-aging-review",
         *               "title": "Retinoids in the treatment of skin aging (2006)"
         *             }
         *           ],
         *           "strength": "strong",
         *           "certainty": "low"
         *         }
         *       ]
         *     }
         */
        RuleList: {
            /** @description The rules, in the order the engine applies them. */
            items: components["schemas"]["Rule"][];
        };
        /** @description A published source a rule stands on. */
        RuleSource: {
            /** @description Short key of the source. */
            key: string;
            /** @description Title of the source. */
            title: string;
            /** @description Where to read it. */
            url?: string;
        };
        /**
         * @description A skin type.
         * @enum {string}
         */
        SkinType: "dry" | "combination" | "normal" | "oily";
        /** @description One step of a morning or evening session. */
        Step: {
            /**
             * Format: int64
             * @description Position in the session, from 1.
             */
            order: number;
            /**
             * @description What the step does.
             * @enum {string}
             */
            kind: "cleanse" | "tone" | "serum" | "treatment" | "moisturize" | "sunscreen";
            /** @description Catalogue slugs; empty for a generic product such as a cleanser. */
            ingredients: string[];
            /** @description Where to apply it; always includes the face. */
            areas: ("face" | "neck" | "decolletage")[];
            /** @description When to apply it, in words. */
            frequency: string;
            /** @description Whether it stays on the skin (false for a rinse-off cleanser). */
            leaveOn: boolean;
            /** @description How to apply it and why. */
            notes: string[];
            /** @description For a step holding an active: the strength to start with and never exceed; otherwise null. */
            strength: string | null;
            /** @description The ids of the rules that produced it (see `GET /v1/rules`). */
            ruleIds: components["schemas"]["RuleId"][];
            /** @description The person’s own products used in this step (empty when the routine names ingredients only). */
            products: components["schemas"]["StepProduct"][];
            /** @description Only with `suggestProducts`, and only on a step without an own product: up to 3 catalogue products holding the step’s ingredients and nothing the profile rules out, earliest-listed first. */
            suggestions?: components["schemas"]["Suggestion"][];
        };
        /** @description One of the person’s own products, used in this step. */
        StepProduct: {
            /** @description Its catalogue id; null for a product given by name and list. */
            productId: string | null;
            /** @description Its name. */
            name: string;
        };
        /** @description Strengths in percent: start within startFrom–startTo; never above max. */
        Strength: {
            /** @description Low end of the starting strength, in percent. */
            startFrom: number;
            /** @description High end of the starting strength, in percent. */
            startTo: number;
            /** @description The most ever advised, in percent. */
            max: number;
        };
        /** @description A catalogue product that holds what the step needs. */
        Suggestion: {
            /** @description The catalogue id of the suggested product (`GET /v1/products/{id}`). */
            productId: string;
            /** @description Its brand. */
            brand: string;
            /** @description Its name. */
            name: string;
        };
        /** @description One rule’s firing record for this recommendation. */
        TraceEntry: {
            ruleId: components["schemas"]["RuleId"];
            /** @description Whether the rule acted on this profile. */
            fired: boolean;
            /** @description The facts it decided on: profile fields (`profile.…`) and catalogue facts (`<slug>.<field>`). */
            facts: {
                [key: string]: string | number | boolean | null | string[];
            };
            /** @description What it did, in words; null when it did not fire. */
            effect: string | null;
        };
        /** @description An entry that matched nothing, with the closest names. */
        UnknownIngredient: {
            /** @description The entry as printed. */
            text: string;
            /** @description The closest INCI names, nearest first. */
            suggestions: string[];
        };
        /**
         * @description What a UV filter blocks: `uva`, `uvb`, or `broad` (both).
         * @enum {string}
         */
        UvSpectrum: "uva" | "uvb" | "broad";
        /** @description A caution to show with the routine. */
        Warning: {
            /**
             * @description The kind of warning.
             * @enum {string}
             */
            code: "patch-test" | "sun-sensitivity" | "pregnancy" | "breastfeeding" | "avoided" | "no-uv-filter" | "deferred" | "concern-uncovered" | "product-conflict" | "product-unknown-ingredients" | "may-contain" | "stop-and-seek-advice" | "purging";
            /** @description What to do, in words. */
            message: string;
            /** @description The catalogue slug it concerns, if any. */
            ingredient: string | null;
            /** @description The day it applies from (YYYY-MM-DD), if any. */
            date: string | null;
            /** @description The ids of the rules that produced it (see `GET /v1/rules`). */
            ruleIds: components["schemas"]["RuleId"][];
        };
        /** @description The write succeeded, but the CosIng reference disagrees with it. */
        WriteWarning: {
            /**
             * Format: int64
             * @description For imports: the 1-based row it concerns.
             */
            row?: number;
            /**
             * @description The field that disagrees with the CosIng reference.
             * @enum {string}
             */
            field: "inciName" | "casNumber";
            /** @description What disagrees. */
            message: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Requests allowed per minute for this client. */
        "RateLimit-Limit": number;
        /** @description Requests left in the current minute. */
        "RateLimit-Remaining": number;
        /** @description Seconds until the allowance is renewed. */
        "RateLimit-Reset": number;
        /** @description Same as `RateLimit-Limit`. */
        "X-RateLimit-Limit": number;
        /** @description Same as `RateLimit-Remaining`. */
        "X-RateLimit-Remaining": number;
        /** @description Same as `RateLimit-Reset`. */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is running. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready: the database answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready: the database does not answer (`application/json`), or the service is shedding load (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIngredients: {
        parameters: {
            query?: {
                /** @description Case-insensitive substring of the name, INCI name or slug; empty matches every ingredient. */
                q?: string;
                /** @description Only ingredients of this class. */
                class?: components["schemas"]["IngredientClass"];
                /** @description Only ingredients that address this concern. */
                concern?: components["schemas"]["Concern"];
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of ingredients, with an `ETag` for the whole catalogue. */
            200: {
                headers: {
                    /** @description Changes whenever the catalogue changes; send it back as `If-None-Match` for a 304. */
                    ETag?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngredientList"];
                };
            };
            /** @description The catalogue has not changed since the `ETag` you sent. */
            304: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIngredient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngredientWrite"];
            };
        };
        responses: {
            /** @description Created; `Location` names the new ingredient. `warnings` lists any disagreement with CosIng. */
            201: {
                headers: {
                    /** @description The path of the new ingredient. */
                    Location?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngredientWriteResult"];
                };
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This operation needs a staff token: Authorization: Bearer <token>."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs. */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This operation needs the 'catalogue:write' scope."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It conflicts with the current state, e.g. the slug exists. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "An ingredient with the slug 'malic-acid' exists."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/content-too-large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "detail": "The body is larger than this operation accepts (65536 bytes)."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not accept. */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Unsupported Media Type: 'application/xml'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIngredient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ingredient’s slug (kebab-case). */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ingredient, with an `ETag`. */
            200: {
                headers: {
                    /** @description Changes whenever the catalogue changes; send it back as `If-None-Match` for a 304. */
                    ETag?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ingredient"];
                };
            };
            /** @description The catalogue has not changed since the `ETag` you sent. */
            304: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing exists at this path. */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "No ingredient has the slug 'retinol-serum'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceIngredient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ingredient’s slug (kebab-case). */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngredientWrite"];
            };
        };
        responses: {
            /** @description Replaced; `warnings` lists any disagreement with CosIng. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngredientWriteResult"];
                };
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This operation needs a staff token: Authorization: Bearer <token>."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs. */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This operation needs the 'catalogue:write' scope."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing exists at this path. */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "No ingredient has the slug 'retinol-serum'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/content-too-large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "detail": "The body is larger than this operation accepts (65536 bytes)."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not accept. */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Unsupported Media Type: 'application/xml'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIngredient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ingredient’s slug (kebab-case). */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This operation needs a staff token: Authorization: Bearer <token>."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs. */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This operation needs the 'catalogue:write' scope."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing exists at this path. */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "No ingredient has the slug 'retinol-serum'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/content-too-large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "detail": "The body is larger than this operation accepts (65536 bytes)."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not accept. */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Unsupported Media Type: 'application/xml'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importIngredients: {
        parameters: {
            query?: {
                /** @description Validate only: report what would be written, write nothing. */
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngredientImport"];
                "text/csv": components["schemas"]["IngredientImport"];
            };
        };
        responses: {
            /** @description Every row was written (or, with `dryRun`, would be). */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This operation needs a staff token: Authorization: Bearer <token>."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs. */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This operation needs the 'catalogue:write' scope."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/content-too-large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "detail": "The body is larger than this operation accepts (65536 bytes)."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not accept. */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Unsupported Media Type: 'application/xml'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Case-insensitive substring of the brand or the name; empty matches every product. */
                q?: string;
                /** @description Only products of this kind. */
                kind?: "cleanse" | "tone" | "serum" | "treatment" | "moisturize" | "sunscreen";
                /** @description Only products holding this catalogue ingredient (entries after "may contain" do not count). */
                contains?: string;
                /** @description Only products that do not list this catalogue ingredient at all (not even after "may contain"). */
                freeOf?: string;
                /** @description Only products whose facts say pregnancy-safe (`true`) or not (`false`). */
                pregnancySafe?: "true" | "false";
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of products, with an `ETag` for all of them. */
            200: {
                headers: {
                    /** @description Changes whenever the catalogue changes; send it back as `If-None-Match` for a 304. */
                    ETag?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            /** @description The products have not changed since the `ETag` you sent. */
            304: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductWrite"];
            };
        };
        responses: {
            /** @description Created; `Location` names the new product. */
            201: {
                headers: {
                    /** @description The path of the new product. */
                    Location?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This operation needs a staff token: Authorization: Bearer <token>."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs. */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This operation needs the 'catalogue:write' scope."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It conflicts with the current state, e.g. the slug exists. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "An ingredient with the slug 'malic-acid' exists."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/content-too-large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "detail": "The body is larger than this operation accepts (65536 bytes)."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not accept. */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Unsupported Media Type: 'application/xml'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id (kebab-case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product, with an `ETag`. */
            200: {
                headers: {
                    /** @description Changes whenever the catalogue changes; send it back as `If-None-Match` for a 304. */
                    ETag?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description The products have not changed since the `ETag` you sent. */
            304: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing exists at this path. */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "No ingredient has the slug 'retinol-serum'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id (kebab-case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductWrite"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This operation needs a staff token: Authorization: Bearer <token>."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs. */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This operation needs the 'catalogue:write' scope."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing exists at this path. */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "No ingredient has the slug 'retinol-serum'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/content-too-large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "detail": "The body is larger than this operation accepts (65536 bytes)."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not accept. */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Unsupported Media Type: 'application/xml'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id (kebab-case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This operation needs a staff token: Authorization: Bearer <token>."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs. */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This operation needs the 'catalogue:write' scope."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing exists at this path. */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "No ingredient has the slug 'retinol-serum'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/content-too-large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "detail": "The body is larger than this operation accepts (65536 bytes)."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not accept. */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Unsupported Media Type: 'application/xml'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importProducts: {
        parameters: {
            query?: {
                /** @description Validate only: report what would be written, write nothing. */
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductImport"];
                "text/csv": components["schemas"]["ProductImport"];
            };
        };
        responses: {
            /** @description Every row was written (or, with `dryRun`, would be). */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductImportReport"];
                };
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This operation needs a staff token: Authorization: Bearer <token>."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs. */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This operation needs the 'catalogue:write' scope."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/content-too-large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "detail": "The body is larger than this operation accepts (65536 bytes)."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not accept. */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Unsupported Media Type: 'application/xml'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description The reader's languages, with quality values (`de-CH, fr;q=0.9`). The texts of the answer are in the best match among `en`, `fr`, `de`, `es` (`fr-CA` counts as `fr`), or in English when none matches. */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every rule, with an `ETag`. */
            200: {
                headers: {
                    /** @description Changes whenever the rules change, and differs from one language to another; send it back as `If-None-Match` for a 304. */
                    ETag?: string;
                    /** @description The language of the texts: `en`, `fr`, `de`, `es`. */
                    "Content-Language"?: string;
                    /** @description Lists the request headers the answer depends on: `Accept-Language` (its texts), `Accept` where a route offers more than one media type, and `accept-encoding` when compressed. */
                    Vary?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleList"];
                };
            };
            /** @description The rules have not changed since the `ETag` you sent. */
            304: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description The reader's languages, with quality values (`de-CH, fr;q=0.9`). The texts of the answer are in the best match among `en`, `fr`, `de`, `es` (`fr-CA` counts as `fr`), or in English when none matches. */
                "accept-language"?: string;
            };
            path: {
                /** @description A rule id, e.g. `retinoid.ramp`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule. */
            200: {
                headers: {
                    /** @description The language of the texts: `en`, `fr`, `de`, `es`. */
                    "Content-Language"?: string;
                    /** @description Lists the request headers the answer depends on: `Accept-Language` (its texts), `Accept` where a route offers more than one media type, and `accept-encoding` when compressed. */
                    Vary?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"];
                };
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing exists at this path. */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "No ingredient has the slug 'retinol-serum'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchInciReference: {
        parameters: {
            query: {
                /** @description A CAS number (e.g. `68-26-8`) for an exact CAS lookup; otherwise the start of an INCI name, or words each starting a word of the name (e.g. `hyaluron sodium`). Case is ignored. */
                q: string;
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching INCI names. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InciReferenceList"];
                };
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRecommendation: {
        parameters: {
            query?: {
                /** @description `true` adds `trace`: every rule, whether it fired, and the facts it decided on. */
                explain?: "true" | "false";
            };
            header?: {
                /** @description The reader's languages, with quality values (`de-CH, fr;q=0.9`). The texts of the answer are in the best match among `en`, `fr`, `de`, `es` (`fr-CA` counts as `fr`), or in English when none matches. */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendationRequest"];
            };
        };
        responses: {
            /** @description The routine, its calendar, and why (`application/json`); or, when `Accept` prefers it, the calendar as a file to import (`text/calendar`). Answers carry `Vary: Accept`. */
            200: {
                headers: {
                    /** @description The language of the texts: `en`, `fr`, `de`, `es`. */
                    "Content-Language"?: string;
                    /** @description Lists the request headers the answer depends on: `Accept-Language` (its texts), `Accept` where a route offers more than one media type, and `accept-encoding` when compressed. */
                    Vary?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recommendation"];
                    "text/calendar": components["schemas"]["CalendarFile"];
                };
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/content-too-large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "detail": "The body is larger than this operation accepts (65536 bytes)."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not accept. */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Unsupported Media Type: 'application/xml'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    analyzeIngredientList: {
        parameters: {
            query?: never;
            header?: {
                /** @description The reader's languages, with quality values (`de-CH, fr;q=0.9`). The texts of the answer are in the best match among `en`, `fr`, `de`, `es` (`fr-CA` counts as `fr`), or in English when none matches. */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListAnalysisRequest"];
            };
        };
        responses: {
            /** @description The entries, what they matched, the facts that follow, and warnings. */
            200: {
                headers: {
                    /** @description The language of the texts: `en`, `fr`, `de`, `es`. */
                    "Content-Language"?: string;
                    /** @description Lists the request headers the answer depends on: `Accept-Language` (its texts), `Accept` where a route offers more than one media type, and `accept-encoding` when compressed. */
                    Vary?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAnalysis"];
                };
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this operation accepts. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/content-too-large",
                     *       "title": "Content Too Large",
                     *       "status": 413,
                     *       "detail": "The body is larger than this operation accepts (65536 bytes)."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not accept. */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Unsupported Media Type: 'application/xml'."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of catalogue writes. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditList"];
                };
            };
            /** @description Invalid input: `errors` names every bad field. */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-input",
                     *       "title": "Invalid input",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid field.",
                     *       "instance": "/v1/recommendations",
                     *       "errors": [
                     *         {
                     *           "path": "/concerns/0",
                     *           "in": "body",
                     *           "message": "Invalid option: expected one of \"firmness\"|…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No token, or an unknown or revoked one. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This operation needs a staff token: Authorization: Bearer <token>."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs. */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This operation needs the 'catalogue:write' scope."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists the methods it takes. (Documented on each operation of the path: a 405 belongs to the path, not to an operation.) */
            405: {
                headers: {
                    /** @description The methods this path takes. */
                    Allow?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "PATCH is not allowed on /v1/ingredients/retinol."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "More than 1000 requests a minute from this client; retry in 42 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected server error; no internals are shown. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/server-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side.",
                     *       "requestId": "0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready, or shedding load; retry later. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is under heavy load; retry in a few seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
