using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Grains;

/// <summary>
/// An organization's member list is paged by the database when there is no search term, and filtered in
/// memory when there is one: both must give the same rows (one per user, the nearest membership) in the
/// same order.
/// </summary>
public abstract class MemberPagingTests(IStorageFixture database) : DomainTestBase(database)
{
    [StorageFact]
    public async Task PagesWithoutASearchListWhatASearchMatchingEveryoneLists()
    {
        var owner = await SignUpAsync("Owner");
        var root = await CreateRootAsync(owner);
        var mid = await CreateSubAsync(owner, root, "Mid");
        var leaf = await CreateSubAsync(owner, mid, "Leaf");
        var everywhere = await NewMemberAsync(root, owner, BuiltInRoles.Viewer, "everywhere");
        await Org(mid.Id).AddMemberAsync(owner.Id, everywhere.Id, BuiltInRoles.Developer);
        await Org(leaf.Id).AddMemberAsync(owner.Id, everywhere.Id, BuiltInRoles.Admin);
        var midAndRoot = await NewMemberAsync(root, owner, BuiltInRoles.Viewer, "mid-and-root");
        await Org(mid.Id).AddMemberAsync(owner.Id, midAndRoot.Id, BuiltInRoles.Developer);
        for (var i = 0; i < 4; i++)
        {
            await NewMemberAsync(i % 2 == 0 ? leaf : mid, owner, BuiltInRoles.Viewer, "m" + i);
        }

        var paged = await AllPagesAsync(leaf, owner, search: null);
        var searched = await AllPagesAsync(leaf, owner, search: "@EXAMPLE.com");

        Assert.Equal(7, paged.Count);
        Assert.Equal(searched.Select(Describe), paged.Select(Describe));
        Assert.Equal(paged.Select(m => m.User.Email).Order(StringComparer.Ordinal), paged.Select(m => m.User.Email));
        Assert.Equal((BuiltInRoles.Admin, MembershipSource.Direct), Nearest(paged, everywhere));
        Assert.Equal((BuiltInRoles.Developer, MembershipSource.Inherited), Nearest(paged, midAndRoot));
        Assert.Equal(mid.Id, paged.Single(m => m.User.Id == midAndRoot.Id).InheritedFromId);
    }

    private static (string Role, MembershipSource Source) Nearest(IReadOnlyList<MembershipDto> members, UserDto user)
    {
        var membership = members.Single(m => m.User.Id == user.Id);
        return (membership.Role, membership.Source);
    }

    private static string Describe(MembershipDto m) => $"{m.User.Id} {m.Role} {m.Source} {m.InheritedFromId} {m.JoinedAt:O}";

    private async Task<List<MembershipDto>> AllPagesAsync(OrganizationDto organization, UserDto actor, string? search)
    {
        var all = new List<MembershipDto>();
        string? after = null;
        while (true)
        {
            var page = await Org(organization.Id).GetMembersAsync(actor.Id, new PageRequest(3, after), search);
            Assert.Equal(7, page.TotalCount);
            all.AddRange(page.Edges.Select(e => e.Node));
            if (!page.HasNextPage)
            {
                return all;
            }

            after = page.EndCursor;
        }
    }
}
