-- The relational schema of the permission model (PERMISSIONS.md). Owned by the domain grains;
-- invitations and api_keys are written by the invitation and API-key grains.
-- Conventions: ids are opaque TEXT; times are BIGINT milliseconds since the Unix epoch (UTC), the same
-- in both dialects; flags are INTEGER 0/1; emails and domains are stored normalised (trimmed, lower case).

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    email         TEXT NOT NULL,
    display_name  TEXT NULL,
    status        TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
    created_at    BIGINT NOT NULL,
    CONSTRAINT ux_users_email UNIQUE (email)
);

-- root_id is fixed at creation (a move stays inside its tree). tree_version is bumped by every
-- transaction that changes the tree's memberships or seats: the bump is the tree lock (TreeLocks).
CREATE TABLE organizations (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    parent_id          TEXT NULL REFERENCES organizations (id),
    root_id            TEXT NOT NULL,
    personal_owner_id  TEXT NULL REFERENCES users (id),
    seat_limit         INTEGER NULL CHECK (seat_limit IS NULL OR seat_limit >= 1),
    sso_enabled        INTEGER NOT NULL DEFAULT 0,
    tree_version       BIGINT NOT NULL DEFAULT 0,
    created_at         BIGINT NOT NULL,
    CONSTRAINT ux_organizations_personal_owner UNIQUE (personal_owner_id)
);
CREATE INDEX ix_organizations_parent ON organizations (parent_id);
CREATE INDEX ix_organizations_root ON organizations (root_id);

CREATE TABLE organization_email_domains (
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    domain           TEXT NOT NULL,
    PRIMARY KEY (organization_id, domain)
);

CREATE TABLE memberships (
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id          TEXT NOT NULL REFERENCES users (id),
    role             TEXT NOT NULL,
    joined_at        BIGINT NOT NULL,
    added_by         TEXT NULL,
    PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX ix_memberships_user ON memberships (user_id);

-- Custom roles belong to a root and are unique (case-insensitively) in its tree.
CREATE TABLE custom_roles (
    root_id      TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL,
    permissions  TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (root_id, name_key)
);

-- A team's role binding at its organization is its role column (the contract's Team.role).
CREATE TABLE teams (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    role             TEXT NULL,
    created_at       BIGINT NOT NULL
);
CREATE INDEX ix_teams_organization ON teams (organization_id);

CREATE TABLE team_members (
    team_id   TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id   TEXT NOT NULL REFERENCES users (id),
    added_at  BIGINT NOT NULL,
    added_by  TEXT NULL,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX ix_team_members_user ON team_members (user_id);

CREATE TABLE resources (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL,
    name             TEXT NOT NULL,
    visibility       TEXT NOT NULL CHECK (visibility IN ('ORGANIZATION', 'PRIVATE')),
    created_by       TEXT NULL,
    created_at       BIGINT NOT NULL
);
CREATE INDEX ix_resources_organization ON resources (organization_id);

-- Exactly one of user_id and team_id is set (principal_id repeats it so that the key is simple).
CREATE TABLE resource_bindings (
    resource_id   TEXT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    principal_id  TEXT NOT NULL,
    user_id       TEXT NULL REFERENCES users (id),
    team_id       TEXT NULL REFERENCES teams (id) ON DELETE CASCADE,
    access_level  TEXT NOT NULL CHECK (access_level IN ('NO_ACCESS', 'VIEWER', 'CONTRIBUTOR', 'ADMIN')),
    updated_at    BIGINT NOT NULL,
    PRIMARY KEY (resource_id, principal_id),
    CHECK ((user_id IS NULL) <> (team_id IS NULL))
);
CREATE INDEX ix_resource_bindings_user ON resource_bindings (user_id);
CREATE INDEX ix_resource_bindings_team ON resource_bindings (team_id);

-- Written by the invitation grain. status: PENDING, ACCEPTED, DECLINED, REVOKED, EXPIRED.
CREATE TABLE invitations (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    root_id          TEXT NOT NULL,
    email            TEXT NOT NULL,
    role             TEXT NOT NULL,
    invited_by       TEXT NOT NULL REFERENCES users (id),
    message          TEXT NULL,
    status           TEXT NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED', 'EXPIRED')),
    token_hash       TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    expires_at       BIGINT NOT NULL,
    resent_at        BIGINT NULL,
    responded_at     BIGINT NULL,
    accepted_by      TEXT NULL REFERENCES users (id)
);
CREATE UNIQUE INDEX ux_invitations_pending ON invitations (organization_id, email) WHERE status = 'PENDING';
CREATE INDEX ix_invitations_email ON invitations (email);
CREATE INDEX ix_invitations_root_status ON invitations (root_id, status);

CREATE TABLE invitation_teams (
    invitation_id  TEXT NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
    team_id        TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    PRIMARY KEY (invitation_id, team_id)
);

-- Written by the API-key grain. The secret is stored only as a hash.
CREATE TABLE api_keys (
    id               TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL REFERENCES users (id),
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    secret_hash      TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    last_used_at     BIGINT NULL,
    expires_at       BIGINT NULL,
    revoked_at       BIGINT NULL,
    CONSTRAINT ux_api_keys_secret_hash UNIQUE (secret_hash)
);
CREATE INDEX ix_api_keys_user_organization ON api_keys (user_id, organization_id);

-- No foreign keys: the log outlives what it describes. details is {"before":…,"after":…}.
CREATE TABLE audit_log (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  TEXT NOT NULL,
    actor_id         TEXT NULL,
    action           TEXT NOT NULL,
    target_id        TEXT NULL,
    details          TEXT NULL,
    request_id       TEXT NULL,
    at               BIGINT NOT NULL
);
CREATE INDEX ix_audit_log_organization ON audit_log (organization_id, id);
