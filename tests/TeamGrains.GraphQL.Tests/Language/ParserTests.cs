using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void ParsesOperationWithVariablesDirectivesAndFragments()
    {
        var document = Parser.Parse("""
            query Q($id: ID! = "1", $n: [Int!] @dir) @op {
              alias: node(id: $id, list: [1, 2.5, "s", true, null, ENUM, {a: $n}]) @include(if: true) {
                ... on Dog { barkVolume }
                ...Frag @skip(if: false)
                ... @include(if: true) { x }
              }
            }
            fragment Frag on Dog { name }
            """);

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name);
        Assert.Equal(["id", "n"], operation.VariableDefinitions.Select(v => v.Variable.Name));
        Assert.IsType<NonNullTypeNode>(operation.VariableDefinitions[0].Type);
        Assert.Equal("1", Assert.IsType<StringValueNode>(operation.VariableDefinitions[0].DefaultValue).Value);
        Assert.Equal("dir", Assert.Single(operation.VariableDefinitions[1].Directives).Name);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(("alias", "node"), (field.Alias, field.Name));
        var list = Assert.IsType<ListValueNode>(field.Arguments[1].Value);
        Assert.Equal(
            [typeof(IntValueNode), typeof(FloatValueNode), typeof(StringValueNode), typeof(BooleanValueNode), typeof(NullValueNode), typeof(EnumValueNode), typeof(ObjectValueNode)],
            list.Values.Select(v => v.GetType()));
        var selections = field.SelectionSet!.Selections;
        Assert.Equal("Dog", Assert.IsType<InlineFragmentNode>(selections[0]).TypeCondition!.Name);
        Assert.Equal("Frag", Assert.IsType<FragmentSpreadNode>(selections[1]).Name);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("Frag", "Dog"), (fragment.Name, fragment.TypeCondition.Name));
    }

    [Fact]
    public void ParsesShorthandQueryAndKeywordsAsNames()
    {
        var document = Parser.Parse("{ query mutation fragment on: on type }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Null(operation.Name);
        Assert.Equal(["query", "mutation", "fragment", "on", "type"], operation.SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name));
    }

    [Fact]
    public void ParsesExecutableDescriptions()
    {
        var document = Parser.Parse("\"Op\" query Q(\"var\" $a: Int) { f }\n\"\"\"Frag\"\"\" fragment F on T { f }");
        Assert.Equal("Op", ((OperationDefinitionNode)document.Definitions[0]).Description!.Value);
        Assert.Equal("var", ((OperationDefinitionNode)document.Definitions[0]).VariableDefinitions[0].Description!.Value);
        Assert.Equal("Frag", ((FragmentDefinitionNode)document.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void ParsesTheWholeTypeSystemLanguage()
    {
        var document = Parser.Parse(TestDocuments.KitchenSinkSdl);
        Assert.Equal(
            [NodeKind.SchemaDefinition, NodeKind.ObjectTypeDefinition, NodeKind.InterfaceTypeDefinition, NodeKind.InterfaceTypeDefinition,
             NodeKind.UnionTypeDefinition, NodeKind.ScalarTypeDefinition, NodeKind.EnumTypeDefinition, NodeKind.InputObjectTypeDefinition,
             NodeKind.DirectiveDefinition, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeExtension,
             NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension, NodeKind.ScalarTypeExtension, NodeKind.SchemaExtension],
            document.Definitions.Select(d => d.Kind));
        var type = (ObjectTypeDefinitionNode)document.Definitions[1];
        Assert.Equal(["Node", "Named"], type.Interfaces.Select(i => i.Name));
        Assert.Equal("A type.\n\nWith lines.", type.Description!.Value);
        var field = type.Fields[1];
        Assert.Equal(("friends", "first"), (field.Name, field.Arguments[0].Name));
        Assert.Equal("10", ((IntValueNode)field.Arguments[0].DefaultValue!).Value);
        var directive = (DirectiveDefinitionNode)document.Definitions[8];
        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD_DEFINITION", "OBJECT"], directive.Locations);
        Assert.Equal(["A", "B"], ((UnionTypeDefinitionNode)document.Definitions[4]).Types.Select(t => t.Name));
    }

    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a(b: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("enum E { true }", "true is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on UNKNOWN", "Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("\"desc\" extend type T { a: Int }", "Unexpected description, descriptions are not supported on type extensions.", 1, 8)]
    [InlineData("type T { a: [Int }", "Expected \"]\", found \"}\".", 1, 18)]
    [InlineData("notakeyword", "Unexpected Name \"notakeyword\".", 1, 1)]
    public void ReportsSyntaxErrorsWithPosition(string source, string description, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal(description, error.Description);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void RejectsDeepNestingWithAClearError()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ f(a: " + deep + ") }"));
        Assert.Contains("maximum depth of 128", error.Description, StringComparison.Ordinal);

        var deepSelections = string.Concat(Enumerable.Repeat("{ a ", 200)) + new string('}', 200);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(deepSelections));
    }

    [Fact]
    public void EnforcesTokenAndSizeLimits()
    {
        var options = new ParserOptions { MaxTokens = 100, MaxDocumentLength = 10_000 };
        var many = "{ " + string.Join(' ', Enumerable.Repeat("a", 200)) + " }";
        var tooMany = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(many, options));
        Assert.Equal("Document contains more than 100 tokens.", tooMany.Description);

        var tooLarge = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a }" + new string(' ', 10_000), options));
        Assert.StartsWith("Document is too large", tooLarge.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsesLoneValuesAndTypes()
    {
        Assert.IsType<ObjectValueNode>(Parser.ParseValue("{a: [1, $v]}"));
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[String!]!"));
        Assert.IsType<ListTypeNode>(type.Type);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("String extra"));
    }
}
