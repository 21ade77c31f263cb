-- SPDX-FileCopyrightText: 2026 The RollGuide authors
-- SPDX-License-Identifier: MIT
-- A history as RollGuide's schema version 1 wrote it (sessions and steps, no check-ins), with two sessions.
CREATE TABLE session ( id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, started_utc TEXT NOT NULL, utc_offset_s INTEGER NOT NULL, time_zone TEXT NOT NULL DEFAULT '', routine_id TEXT NOT NULL DEFAULT '', routine_name TEXT NOT NULL, routine_json TEXT NOT NULL DEFAULT '', regions TEXT NOT NULL DEFAULT '', planned_ms INTEGER NOT NULL CHECK (planned_ms >= 0), actual_ms INTEGER NOT NULL CHECK (actual_ms >= 0), paused_ms INTEGER NOT NULL CHECK (paused_ms >= 0), inhale_ms INTEGER NOT NULL, exhale_ms INTEGER NOT NULL, outcome TEXT NOT NULL CHECK (outcome IN ('running', 'completed', 'stopped')), note TEXT NOT NULL DEFAULT '');
CREATE INDEX session_started ON session (started_utc);
CREATE TABLE step ( session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE, position INTEGER NOT NULL CHECK (position >= 0), exercise_id TEXT NOT NULL, exercise_name TEXT NOT NULL, outcome TEXT NOT NULL  CHECK (outcome IN ('not-reached', 'done', 'cut-short', 'skipped', 'hurt')), PRIMARY KEY (session_id, position)) WITHOUT ROWID;
INSERT INTO session VALUES (1, '0b7c1c52-5f0e-4a53-9a57-6f3f7c1e0001', '2026-10-05T07:30:00.000Z', 7200, 'Europe/Berlin', 'short-session', 'Short session', '', 'lower,upper', 275000, 280000, 5000, 4000, 6000, 'completed', 'felt good');
INSERT INTO session VALUES (2, '0b7c1c52-5f0e-4a53-9a57-6f3f7c1e0002', '2026-10-07T18:00:00.000Z', 7200, 'Europe/Berlin', 'short-session', 'Short session', '', 'lower,upper', 275000, 120000, 0, 4000, 6000, 'stopped', '');
INSERT INTO step VALUES (1, 0, 'lower-back-roll', 'Lower back roll', 'done');
INSERT INTO step VALUES (1, 1, 'upper-back-extension', 'Upper back extension', 'done');
INSERT INTO step VALUES (2, 0, 'lower-back-roll', 'Lower back roll', 'hurt');
INSERT INTO step VALUES (2, 1, 'upper-back-extension', 'Upper back extension', 'not-reached');
PRAGMA application_id = 1380403305;
PRAGMA user_version = 1;
