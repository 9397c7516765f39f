-- Registry vault schema, version 3: the statistics index.
-- Statistics read only a few fields of each melding. One covering index holds them, as the very expressions
-- the statistics query selects, in per-person order: the national tables over 100,000 meldingen are read
-- from the index alone, without parsing JSON.
-- Not a partial index: SQLite reads a partial index as covering only when its condition needs no other column.
CREATE INDEX reg_meldingen_stats ON reg_meldingen (
    year, person_id, updated_at, uuid, basis, status,
    json_extract(facts, '$.aangifte'),
    json_extract(facts, '$.age_band'),
    json_extract(facts, '$.bedenktijd'),
    json_extract(facts, '$.forms'),
    json_extract(facts, '$.gender'),
    json_extract(facts, '$.melder_type'),
    json_extract(facts, '$.minor'),
    json_extract(facts, '$.nationality'),
    json_extract(facts, '$.sector'),
    json_extract(facts, '$.shelter_need')
);
