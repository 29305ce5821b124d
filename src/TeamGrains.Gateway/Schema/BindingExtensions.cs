using TeamGrains.GraphQL;
using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Types;
using TeamGrains.Interfaces;

namespace TeamGrains.Gateway.Schema;

/// <summary>
/// Binding helpers: grain errors (<see cref="TeamGrainsException"/>, with contract codes and safe
/// messages) become GraphQL field errors with the same code.
/// </summary>
public static class BindingExtensions
{
    public static SchemaBuilder Field<T>(this SchemaBuilder builder, string type, string field, Func<IResolverContext, Task<T>> resolver) =>
        builder.Resolve(type, field, async context =>
        {
            try
            {
                return PageView.Wrap(await resolver(context).ConfigureAwait(false));
            }
            catch (TeamGrainsException e)
            {
                throw new GraphQLException(e.Message, e.Code);
            }
        });

    public static SchemaBuilder Field(this SchemaBuilder builder, string type, string field, Func<IResolverContext, object?> resolver) =>
        builder.Resolve(type, field, context =>
        {
            try
            {
                return new ValueTask<object?>(resolver(context));
            }
            catch (TeamGrainsException e)
            {
                throw new GraphQLException(e.Message, e.Code);
            }
        });

    /// <summary>Null instead of NOT_FOUND, for fields the contract makes nullable ("or null").</summary>
    public static async Task<T?> OrNullAsync<T>(Task<T> lookup)
        where T : class
    {
        try
        {
            return await lookup.ConfigureAwait(false);
        }
        catch (TeamGrainsException e) when (e.Code == ErrorCodes.NotFound)
        {
            return null;
        }
    }
}
