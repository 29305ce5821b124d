using System.Text.Json;
using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Tests.Execution;

public sealed class InputCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { a(i: In): Int }
        input In { name: String! tags: [String!] = ["t"] color: Color nested: In pick: Pick }
        input Pick @oneOf { x: Int y: String }
        enum Color { RED BLUE }
        """).Build();

    private static GraphQLType TypeOf(string text) => VariableValues.ResolveType(Schema, Parser.ParseType(text))!;

    [Fact]
    public void CoercesLiteralsWithDefaultsAndVariables()
    {
        var errors = new List<string>();
        var variables = new Dictionary<string, object?> { ["c"] = "BLUE" };
        var value = InputValues.CoerceLiteral(Parser.ParseValue("{name: \"n\", color: $c, nested: {name: \"m\", tags: \"single\"}, pick: {y: \"s\"}}"), TypeOf("In"), variables, errors, "arg");

        Assert.Empty(errors);
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal("n", map["name"]);
        Assert.Equal(["t"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(map["tags"]));
        Assert.Equal("BLUE", map["color"]);
        var nested = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["nested"]);
        Assert.Equal(["single"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(nested["tags"]));
        Assert.False(nested.ContainsKey("color"));
    }

    [Theory]
    [InlineData("{tags: []}", "arg: field \"In.name\" of required type \"String!\" was not provided.")]
    [InlineData("{name: null}", "arg.name: expected value of type \"String!\", found null.")]
    [InlineData("{name: \"n\", extra: 1}", "arg: field \"extra\" is not defined by type \"In\".")]
    [InlineData("{name: \"n\", color: GREEN}", "arg.color: value GREEN does not exist in \"Color\" enum.")]
    [InlineData("{name: \"n\", color: \"RED\"}", "arg.color: value \"RED\" does not exist in \"Color\" enum.")]
    [InlineData("{name: \"n\", pick: {}}", "arg.pick: OneOf Input Object \"Pick\" must specify exactly one key.")]
    [InlineData("{name: \"n\", pick: {x: null}}", "arg.pick: field \"Pick.x\" must be non-null.")]
    [InlineData("\"text\"", "arg: expected value of type \"In\", found \"text\".")]
    public void ReportsInvalidLiterals(string literal, string message)
    {
        var errors = new List<string>();
        InputValues.CoerceLiteral(Parser.ParseValue(literal), TypeOf("In"), null, errors, "arg");
        Assert.Equal(message, errors[0]);
    }

    [Fact]
    public void CoercesJsonVariableValues()
    {
        using var json = JsonDocument.Parse("""{"name":"n","tags":["a","b"],"color":"RED","pick":{"x":3}}""");
        var errors = new List<string>();
        var value = (IReadOnlyDictionary<string, object?>)InputValues.CoerceValue(json.RootElement, TypeOf("In!"), errors, "value")!;

        Assert.Empty(errors);
        Assert.Equal(["a", "b"], (IReadOnlyList<object?>)value["tags"]!);
        Assert.Equal("RED", value["color"]);
        Assert.Equal(3, ((IReadOnlyDictionary<string, object?>)value["pick"]!)["x"]);
    }

    [Fact]
    public void WrapsSingleValuesIntoListsAndKeepsNullItems()
    {
        var errors = new List<string>();
        Assert.Equal(new object?[] { "x" }, InputValues.CoerceValue("x", TypeOf("[String]"), errors, "value"));
        Assert.Equal(new object?[] { "x", null }, InputValues.CoerceValue(new object?[] { "x", null }, TypeOf("[String]"), errors, "value"));
        Assert.Empty(errors);

        InputValues.CoerceValue(new object?[] { "x", null }, TypeOf("[String!]"), errors, "value");
        Assert.Equal("value[1]: expected non-nullable type \"String!\" not to be null.", Assert.Single(errors));
    }

    [Fact]
    public void AcceptsDotNetEnumsForEnumVariables()
    {
        var errors = new List<string>();
        Assert.Equal("BLUE", InputValues.CoerceValue(ConsoleColor.Blue, TypeOf("Color"), errors, "value"));
        Assert.Empty(errors);
    }
}
