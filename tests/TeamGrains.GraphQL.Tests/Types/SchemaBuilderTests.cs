using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void BuildsTheSpecExampleSchema()
    {
        var schema = TestSchemas.DogCatHuman().Build();

        var dog = Assert.IsType<ObjectType>(schema.GetType("Dog"));
        Assert.Equal(["Pet", "Named"], dog.Interfaces.Select(i => i.Name));
        Assert.Equal("DogCommand!", dog.GetField("doesKnowCommand")!.GetArgument("dogCommand")!.Type.ToString());
        var pet = Assert.IsType<InterfaceType>(schema.GetType("Pet"));
        Assert.Equal(["Named"], pet.Interfaces.Select(i => i.Name));
        Assert.Equal(["Dog", "Cat"], pet.PossibleTypes.Select(t => t.Name));
        Assert.Equal(["Cat", "Dog"], Assert.IsType<UnionType>(schema.GetType("CatOrDog")).Types.Select(t => t.Name));
        Assert.True(Assert.IsType<InputObjectType>(schema.GetType("PetInput")).IsOneOf);
        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Subscription", schema.SubscriptionType!.Name);
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Take(5).Select(d => d.Name));
    }

    [Fact]
    public void AppliesExtensionsDeprecationsAndDefaults()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a(limit: Int = 5, filter: Filter = {tags: ["x"]}): String @deprecated(reason: "Use b.") }
            input Filter { tags: [String!] old: Int @deprecated }
            enum Color { RED GREEN @deprecated }
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            extend type Query { b: Url }
            extend enum Color { BLUE }
            extend input Filter { more: Boolean = true }
            """).Build();

        var a = schema.QueryType.GetField("a")!;
        Assert.Equal("Use b.", a.DeprecationReason);
        Assert.Equal(5, a.GetArgument("limit")!.DefaultValue);
        var filter = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(a.GetArgument("filter")!.DefaultValue);
        Assert.Equal(["x"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(filter["tags"]));
        Assert.Equal(true, filter["more"]);
        Assert.Equal("No longer supported", ((InputObjectType)schema.GetType("Filter")!).GetField("old")!.DeprecationReason);
        Assert.Equal(["RED", "GREEN", "BLUE"], ((EnumType)schema.GetType("Color")!).Values.Select(v => v.Name));
        Assert.NotNull(schema.QueryType.GetField("b"));
        Assert.Equal("https://url.spec.whatwg.org/", ((ScalarType)schema.GetType("Url")!).SpecifiedByUrl);
    }

    [Fact]
    public void UsesSchemaDefinitionForRootTypes()
    {
        var schema = SchemaBuilder.FromSdl("schema { query: Root mutation: Change } type Root { a: Int } type Change { b: Int }").Build();
        Assert.Equal(("Root", "Change"), (schema.QueryType.Name, schema.MutationType!.Name));
        Assert.Null(schema.SubscriptionType);
    }

    [Fact]
    public void ExtendsTheSchemaWithRootTypes()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Events { e: Int } extend schema { subscription: Events }").Build();
        Assert.Equal(("Query", "Events"), (schema.QueryType.Name, schema.SubscriptionType!.Name));

        var twice = Assert.Throws<SchemaValidationException>(() =>
            SchemaBuilder.FromSdl("schema { query: Query } type Query { a: Int } extend schema { query: Query }").Build());
        Assert.Contains("There can be only one query type in schema.", twice.Errors);
    }

    [Theory]
    [InlineData("type Foo { a: Int }", "Query root type must be provided.")]
    [InlineData("type Query { a: Unknown }", "Unknown type \"Unknown\" referenced by \"Query.a\".")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { __a: Int }", "Field \"Query.__a\": name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: In } input In { b: Int }", "The type of \"Query.a\" must be Output Type but got: In.")]
    [InlineData("type Query { a(x: Query): Int }", "The type of \"Query.a(x:)\" must be Input Type but got: Query.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument \"Query.a(x:)\" cannot be deprecated.")]
    [InlineData("type Query implements I { b: Int } interface I { a: Int }", "Interface field \"I.a\" expected but \"Query\" does not provide it.")]
    [InlineData("type Query implements I { a: String } interface I { a: Int }", "Interface field \"I.a\" expects type \"Int\" but \"Query.a\" is type \"String\".")]
    [InlineData("type Query implements I { a: Int } interface I { a(x: Int): Int }", "Interface field argument \"I.a(x:)\" expected but \"Query.a\" does not provide it.")]
    [InlineData("type Query implements I { a(x: String): Int } interface I { a(x: Int): Int }", "Interface field argument \"I.a(x:)\" expects type \"Int\" but \"Query.a(x:)\" is type \"String\".")]
    [InlineData("type Query implements I { a(y: Int!): Int } interface I { a: Int }", "Argument \"Query.a(y:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.a\".")]
    [InlineData("type Query implements J { a: Int } interface I { a: Int } interface J implements I { a: Int }", "Type \"Query\" must implement \"I\" because it is implemented by \"J\".")]
    [InlineData("type Query implements I & I { a: Int } interface I { a: Int }", "Type \"Query\" can only implement \"I\" once.")]
    [InlineData("type Query { a: U } union U = Query | In input In { a: Int }", "Type union \"U\" can only include an object type; \"In\" is not one.")]
    [InlineData("type Query { a(i: In): Int } input In { self: In! }", "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"self\".")]
    [InlineData("type Query { a(i: In): Int } input In @oneOf { a: Int! b: Int }", "OneOf input field \"In.a\" must be nullable.")]
    [InlineData("type Query { a(i: In): Int } input In @oneOf { a: Int = 1 b: Int }", "OneOf input field \"In.a\" cannot have a default value.")]
    [InlineData("type Query { a(x: Int = \"s\"): Int }", "Invalid default value for \"Query.a(x:)\": \"Query.a(x:)\": Int cannot represent non-integer value: \"s\"")]
    [InlineData("type Query { a: Int } extend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined.")]
    [InlineData("type Query { a: Int } enum E { A } extend type E { b: Int }", "Cannot extend non-object type \"E\".")]
    [InlineData("type Query { a: Int } directive @d on FIELD directive @d on FIELD", "There can be only one directive named \"@d\".")]
    [InlineData("type Query { a: Int } query { a }", "The SDL may only contain type-system definitions; found OperationDefinition at line 1.")]
    [InlineData("schema { query: E } enum E { A }", "Query root type must be Object type, it cannot be E.")]
    [InlineData("type Query { a: Int } type __Bad { a: Int }", "Type \"__Bad\": name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int @unknown }", "Unknown directive \"@unknown\" on \"Query.a\".")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT (\"Query\").")]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at \"Query.a\".")]
    [InlineData("scalar S @specifiedBy type Query { a: S }", "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided at \"S\".")]
    [InlineData("type Query { a: Int @deprecated(why: \"x\") }", "Unknown argument \"why\" on directive \"@deprecated\" at \"Query.a\".")]
    [InlineData("type Query { a: Int } interface I implements J { a: Int } interface J implements I { a: Int }", "Type \"I\" cannot implement \"J\" because it would create a circular reference.")]
    public void RejectsInvalidSchemasWithClearMessages(string sdl, string expected)
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl).Build());
        Assert.Contains(expected, exception.Errors);
    }

    [Fact]
    public void RejectsBindingsToUnknownFieldsAndTypes()
    {
        var builder = SchemaBuilder.FromSdl("type Query { a: Int } interface I { a: Int } type T implements I { a: Int }")
            .Resolve("Query", "missing", _ => 1)
            .Scalar("Nope", DateTimeScalarConverter.Instance)
            .ResolveType("Query", (_, _, _) => null)
            .BindRuntimeType<string>("I");
        var exception = Assert.Throws<SchemaValidationException>(builder.Build);
        Assert.Contains("Resolver bound to \"Query.missing\", which is not a field of an object type of the schema.", exception.Errors);
        Assert.Contains("Scalar converter bound to \"Nope\", which is not a scalar of the schema.", exception.Errors);
        Assert.Contains("Type resolver bound to \"Query\", which is not an interface or union of the schema.", exception.Errors);
        Assert.Contains("Runtime type String bound to \"I\", which is not an object type of the schema.", exception.Errors);
    }

    [Fact]
    public void AcceptsCovariantInterfaceFieldTypes()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query implements I { a: Dog! list: [Dog!]! u: Dog }
            interface I { a: Named list: [Named] u: U }
            interface Named { name: String }
            type Dog implements Named { name: String }
            union U = Dog
            """).Build();
        Assert.NotNull(schema.QueryType);
    }

    [Fact]
    public void ThrowsSyntaxErrorsForBrokenSdl()
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => SchemaBuilder.FromSdl("type Query {"));
        Assert.Equal(1, exception.Line);
    }
}
