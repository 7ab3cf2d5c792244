-- Generated from src/citizens/citizens.repository.ts by `npm run sql:snapshots`; do not edit.

-- CitizensRepository.findOrRegister
INSERT INTO citizens (cpr_hash, cpr_encrypted, name_encrypted, birth_date, legal_gender)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (cpr_hash) DO UPDATE SET name_encrypted = EXCLUDED.name_encrypted
RETURNING id;

-- CitizensRepository.findIdByCpr
SELECT id FROM citizens WHERE cpr_hash = $1;

-- CitizensRepository.find
SELECT z.id, z.name_encrypted AS "nameEncrypted", to_char(z.birth_date, 'YYYY-MM-DD') AS "birthDate",
  z.legal_gender AS "legalGender", z.pseudonymised_at AS "pseudonymisedAt" FROM citizens z WHERE z.id = $1;

-- CitizensRepository.findStored
SELECT to_jsonb(z) - '{cpr_hash,cpr_encrypted,name_encrypted}'::text[] AS stored,
  cpr_encrypted AS "cprEncrypted", name_encrypted AS "nameEncrypted"
FROM citizens z WHERE id = $1;

-- CitizensRepository.lock
SELECT pseudonymised_at AS "pseudonymisedAt" FROM citizens WHERE id = $1 FOR UPDATE;

-- CitizensRepository.pseudonymise
UPDATE citizens SET cpr_hash = NULL, cpr_encrypted = NULL, name_encrypted = NULL, birth_date = NULL, pseudonymised_at = now()
WHERE id = $1 RETURNING pseudonymised_at AS "pseudonymisedAt";
