using System.Reflection;
using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL plus bindings: field resolvers, subscription sources, scalar
/// converters, abstract type resolvers and .NET runtime types. <see cref="Build"/> checks the type-system
/// rules of spec 3 and throws <see cref="SchemaValidationException"/> listing every violation.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), SubscriptionSource> _subscriptions = [];
    private readonly Dictionary<string, ScalarConverter> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _runtimeTypes = [];

    private SchemaBuilder()
    {
    }

    /// <summary>Starts from SDL text; throws <see cref="GraphQLSyntaxException"/> when it does not parse.</summary>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>Adds more SDL (types, extensions, directives), e.g. a second file.</summary>
    public SchemaBuilder AddSdl(string sdl)
    {
        _documents.Add(Parser.Parse(sdl, ParserOptions.Trusted));
        return this;
    }

    /// <summary>Binds the resolver of Type.field; bound on an interface, it serves every implementation without its own.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Binds a synchronous resolver (a returned Task is awaited, but prefer <see cref="ResolveAsync{T}"/>).</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Resolve(typeName, fieldName, context =>
        {
            var value = resolver(context);
            return value is Task task ? TaskResults.AwaitAsync(task) : new ValueTask<object?>(value);
        });
    }

    /// <summary>Binds an asynchronous resolver returning a typed task.</summary>
    public SchemaBuilder ResolveAsync<T>(string typeName, string fieldName, Func<IResolverContext, Task<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Resolve(typeName, fieldName, async context => await resolver(context).ConfigureAwait(false));
    }

    /// <summary>Binds the event source of a subscription field; each event becomes the field's value.</summary>
    public SchemaBuilder Subscribe(string typeName, string fieldName, SubscriptionSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _subscriptions[(typeName, fieldName)] = source;
        return this;
    }

    /// <summary>Binds an event source given as a typed async stream.</summary>
    public SchemaBuilder Subscribe<T>(string typeName, string fieldName, Func<IResolverContext, IAsyncEnumerable<T>> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Subscribe(typeName, fieldName, context => new ValueTask<IAsyncEnumerable<object?>>(Box(source(context))));
    }

    /// <summary>Gives a custom scalar declared in SDL its coercion rules (unbound scalars pass values through).</summary>
    public SchemaBuilder Scalar(string name, ScalarConverter converter)
    {
        ArgumentNullException.ThrowIfNull(converter);
        _scalars[name] = converter;
        return this;
    }

    /// <summary>Binds how values of an interface or union find their object type.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Values of <paramref name="clrType"/> are of object type <paramref name="objectTypeName"/> (default: same name).</summary>
    public SchemaBuilder BindRuntimeType(Type clrType, string objectTypeName)
    {
        _runtimeTypes[clrType] = objectTypeName;
        return this;
    }

    public SchemaBuilder BindRuntimeType<T>(string objectTypeName) => BindRuntimeType(typeof(T), objectTypeName);

    /// <summary>Creates the schema; throws <see cref="SchemaValidationException"/> listing every problem.</summary>
    public Schema Build() => new SchemaAssembler(this).Assemble();

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> source)
    {
        await foreach (var item in source.ConfigureAwait(false))
        {
            yield return item;
        }
    }

    internal IReadOnlyList<DocumentNode> Documents => _documents;

    internal IReadOnlyDictionary<(string Type, string Field), FieldResolver> Resolvers => _resolvers;

    internal IReadOnlyDictionary<(string Type, string Field), SubscriptionSource> Subscriptions => _subscriptions;

    internal IReadOnlyDictionary<string, ScalarConverter> Scalars => _scalars;

    internal IReadOnlyDictionary<string, TypeResolver> TypeResolvers => _typeResolvers;

    internal IReadOnlyDictionary<Type, string> RuntimeTypes => _runtimeTypes;
}
