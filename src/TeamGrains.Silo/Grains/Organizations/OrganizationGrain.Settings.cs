using Dapper;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Shared;

namespace TeamGrains.Silo.Grains.Organizations;

internal sealed partial class OrganizationGrain
{
    public async Task<OrganizationDto> UpdateAsync(string actorUserId, OrganizationUpdate update, string? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        RequireExists();
        await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.Id, PermissionNames.OrganizationManage);
        var name = update.Name is null ? State.Name : Names.Require(update.Name, "Organization name");
        if (update.ChangesSettings && !State.IsRoot)
        {
            throw Errors.BadInput("Settings belong to the root organization; change them there.");
        }

        if (update.SeatLimit is < 1)
        {
            throw Errors.BadInput("The seat limit must be at least 1.");
        }

        if (update.ClearSeatLimit && update.SeatLimit is not null)
        {
            throw Errors.BadInput("Set the seat limit or clear it, not both.");
        }

        var domains = update.AllowedEmailDomains is null ? null : EmailDomains.Normalize(update.AllowedEmailDomains);
        await WriteStateAsync("organization.updated", async (tx, ct) =>
        {
            var before = await OrganizationQueries.SettingsAsync(tx, State.RootId, ct);
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE organizations SET name = @name WHERE id = @id", new { name, id = State.Id }, tx.Transaction, cancellationToken: ct));
            if (update.SeatLimit is { } limit)
            {
                await TreeLocks.LockTreeAsync(tx, State.RootId, ct);
                if (await SeatCounter.CountAsync(tx, State.RootId, ct) > limit)
                {
                    throw Errors.BadInput("The seat limit is below the seats in use.");
                }

                await tx.Connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE organizations SET seat_limit = @limit WHERE id = @id", new { limit, id = State.Id }, tx.Transaction, cancellationToken: ct));
            }
            else if (update.ClearSeatLimit)
            {
                await tx.Connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE organizations SET seat_limit = NULL WHERE id = @id", new { id = State.Id }, tx.Transaction, cancellationToken: ct));
            }

            if (update.SsoEnabled is { } sso)
            {
                await tx.Connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE organizations SET sso_enabled = @flag WHERE id = @id", new { flag = sso ? 1 : 0, id = State.Id }, tx.Transaction, cancellationToken: ct));
            }

            if (domains is not null)
            {
                await tx.Connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM organization_email_domains WHERE organization_id = @id", new { id = State.Id }, tx.Transaction, cancellationToken: ct));
                foreach (var domain in domains)
                {
                    await tx.Connection.ExecuteAsync(new CommandDefinition(
                        "INSERT INTO organization_email_domains (organization_id, domain) VALUES (@id, @domain)",
                        new { id = State.Id, domain }, tx.Transaction, cancellationToken: ct));
                }
            }

            var after = await OrganizationQueries.SettingsAsync(tx, State.RootId, ct);
            await AuditLog.AppendAsync(tx, State.Id, actorUserId, "organization.updated", State.Id,
                new { State.Name, before.SeatLimit, before.AllowedEmailDomains, before.SsoEnabled },
                new { Name = name, after.SeatLimit, after.AllowedEmailDomains, after.SsoEnabled }, requestId, ct);
        }, () => State.Name = name);
        return await ToDtoAsync();
    }

    public async Task<OrganizationDto> MoveAsync(string actorUserId, string newParentId, string? requestId = null)
    {
        RequireExists();
        await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.Id, PermissionNames.OrganizationManage);
        if (State.IsRoot)
        {
            throw Errors.BadInput("A root organization cannot be moved.");
        }

        await ActorAccess.RequireAsync(GrainFactory, actorUserId, newParentId, PermissionNames.OrganizationManage);
        if (newParentId == State.ParentId)
        {
            return await ToDtoAsync();
        }

        List<string> newChain = [];
        await WriteStateAsync("organization.moved", async (tx, ct) =>
        {
            // Under the tree lock, two concurrent moves cannot each pass the check and together make a cycle.
            await TreeLocks.LockTreeAsync(tx, State.RootId, ct);
            var parentChain = await TreeMembership.ChainAsync(tx, newParentId, ct);
            if (parentChain.Count == 0)
            {
                throw Errors.NotFound("Organization");
            }

            if (parentChain.Contains(State.Id))
            {
                throw new TeamGrainsException(ErrorCodes.Cycle, "The move would make the organization its own ancestor.");
            }

            if (parentChain[^1] != State.RootId)
            {
                throw Errors.BadInput("An organization moves only inside its own tree.");
            }

            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE organizations SET parent_id = @newParentId WHERE id = @id", new { newParentId, id = State.Id }, tx.Transaction, cancellationToken: ct));
            foreach (var (id, _) in await TreeMembership.SubtreeAsync(tx, State.Id, ct))
            {
                tx.AddChange(DomainGrainIds.Organization(id), "organization.moved");
            }

            await AuditLog.AppendAsync(tx, State.Id, actorUserId, "organization.moved", State.Id,
                new { parentId = State.ParentId }, new { parentId = newParentId }, requestId, ct);
            newChain = [State.Id, .. parentChain];
        }, () =>
        {
            State.ParentId = newParentId;
            State.Chain = newChain;
            _chain = new OrganizationChain(newChain);
        });
        return await ToDtoAsync();
    }
}
