using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

/// <summary>
/// The default field resolver (graphql-js <c>defaultFieldResolver</c>): a dictionary entry named like
/// the field, or a public property of the same name (case-insensitive) read through a compiled,
/// cached accessor.
/// </summary>
internal static class DefaultResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Accessors = new();

    public static object? Resolve(object? source, FieldDefinition field)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(field.Name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(field.Name, out var entry) ? entry : null;
            case IDictionary untyped:
                return untyped.Contains(field.Name) ? untyped[field.Name] : null;
        }

        var type = source.GetType();
        if (field.AccessorCache is CachedAccessor cached && cached.Type == type)
        {
            return cached.Read?.Invoke(source);
        }

        var accessor = Accessors.GetOrAdd((type, field.Name), static key => Compile(key.Type, key.Name));
        field.AccessorCache = new CachedAccessor(type, accessor);
        return accessor?.Invoke(source);
    }

    private sealed record CachedAccessor(Type Type, Func<object, object?>? Read);

    private static Func<object, object?>? Compile(Type type, string name)
    {
        PropertyInfo? property;
        try
        {
            property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        }
        catch (AmbiguousMatchException)
        {
            return null;
        }

        if (property is null || property.GetIndexParameters().Length > 0 || property.GetMethod is null)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "source");
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }
}
