using System.Globalization;
using TeamGrains.GraphQL;
using TeamGrains.GraphQL.Execution;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Paging;

namespace TeamGrains.Gateway.Schema;

/// <summary>Typed access to what a resolver gets: the request, the parent object, arguments and input objects.</summary>
public static class ResolverContextExtensions
{
    public static GatewayRequestContext Request(this IResolverContext context) => (GatewayRequestContext)context.UserContext!;

    public static T Parent<T>(this IResolverContext context) => (T)context.Source!;

    /// <summary>The signed-in user's id; UNAUTHENTICATED for anonymous requests (only introspection and signUp are open).</summary>
    public static string ActorId(this IResolverContext context) =>
        context.Request().Caller?.UserId ?? throw new GraphQLException("Sign in first: this field needs a credential.", ErrorCodes.Unauthenticated);

    public static string? RequestId(this IResolverContext context) => context.Request().RequestId;

    public static string Id(this IResolverContext context, string name) =>
        context.OptionalId(name) ?? throw new GraphQLException($"Argument {name} is required.", ErrorCodes.BadUserInput);

    public static string? OptionalId(this IResolverContext context, string name) => AsString(Argument(context, name));

    public static string? String(this IResolverContext context, string name) => AsString(Argument(context, name));

    public static int? Int(this IResolverContext context, string name) => Argument(context, name) is { } value ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;

    public static bool? Bool(this IResolverContext context, string name) => Argument(context, name) as bool?;

    /// <summary>The argument <c>input</c> as a map of its fields.</summary>
    public static InputObject Input(this IResolverContext context) =>
        new(Argument(context, "input") as IReadOnlyDictionary<string, object?> ?? throw new GraphQLException("Argument input is required.", ErrorCodes.BadUserInput));

    /// <summary>The Relay page arguments first/after.</summary>
    public static PageRequest Page(this IResolverContext context) =>
        new(context.Int("first") ?? PageRequest.DefaultSize, context.String("after"));

    private static object? Argument(IResolverContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) ? value : null;

    internal static string? AsString(object? value) => value switch
    {
        null => null,
        string text => text,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
