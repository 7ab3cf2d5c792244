-- Generated from src/data-subject/erasure.repository.ts by `npm run sql:snapshots`; do not edit.

-- ErasureRepository.retentionOf
SELECT coalesce(array_agg(c.id::text ORDER BY c.created_at), '{}') AS "courseIds",
  (array_agg(c.id) FILTER (WHERE c.phase <> 'closed'))[1] AS "openCourseId",
  max(c.closed_at) AS "lastClosedAt", max(c.closed_at) + $1::interval AS "erasableFrom", count(c.id) FILTER (WHERE c.phase <> 'closed') = 0 AND coalesce(max(c.closed_at) + $1::interval <= now(), true) AS erasable
FROM courses c WHERE c.citizen_id = $2;

-- ErasureRepository.erasableCitizens
SELECT z.id FROM citizens z LEFT JOIN courses c ON c.citizen_id = z.id
WHERE z.pseudonymised_at IS NULL AND ($2::uuid IS NULL OR z.id > $2)
GROUP BY z.id HAVING count(c.id) FILTER (WHERE c.phase <> 'closed') = 0 AND coalesce(max(c.closed_at) + $1::interval <= now(), true)
ORDER BY z.id LIMIT $3;

-- ErasureRepository.keepAgeAtReferral
UPDATE referrals r SET citizen_age_at_referral = date_part('year', age((c.created_at AT TIME ZONE 'UTC')::date, z.birth_date))::int
FROM courses c JOIN citizens z ON z.id = c.citizen_id
WHERE r.course_id = c.id AND c.citizen_id = $1;

-- ErasureRepository.notifyRows
SELECT o.id, o.created_at AS "createdAt" FROM outbox o JOIN courses c ON c.id = o.course_id
WHERE c.citizen_id = $1 AND o.kind = 'notify';

-- ErasureRepository.allowPayloadRewrites
SELECT set_config('icm.pseudonymising', 'on', true);
