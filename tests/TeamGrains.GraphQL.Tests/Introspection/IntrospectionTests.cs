using System.Text.Json;
using TeamGrains.GraphQL.Tests.Language;
using TeamGrains.GraphQL.Types;
using static TeamGrains.GraphQL.Tests.Execution.ExecutionHarness;

namespace TeamGrains.GraphQL.Tests.Introspection;

public sealed class IntrospectionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(TestSchemas.DogCatHumanSdl + """

        extend type Dog {
          oldName: String @deprecated(reason: "Use name.")
          legacy(flag: Boolean @deprecated, keep: Int): Int
        }

        extend input FindDogInput { breed: String @deprecated }
        extend enum DogCommand { ROLL_OVER @deprecated(reason: "Too hard.") }

        "A repeatable tag."
        directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        """).Build();

    [Fact]
    public async Task AnswersTheFullIntrospectionQuery()
    {
        var result = await ExecuteAsync(Schema, TestDocuments.IntrospectionQuery);
        Assert.Null(result.Errors);
        using var json = JsonDocument.Parse(result.ToJson());
        var schema = json.RootElement.GetProperty("data").GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Subscription", schema.GetProperty("subscriptionType").GetProperty("name").GetString());
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Contains("__Schema", types.Keys);
        Assert.Contains("String", types.Keys);
        Assert.Equal("INPUT_OBJECT", types["PetInput"].GetProperty("kind").GetString());
        Assert.True(types["PetInput"].GetProperty("isOneOf").GetBoolean());
        Assert.False(types["FindDogInput"].GetProperty("isOneOf").GetBoolean());
        Assert.Equal(JsonValueKind.Null, types["Dog"].GetProperty("isOneOf").ValueKind);
        Assert.Equal("https://url.spec.whatwg.org/", types["Url"].GetProperty("specifiedByURL").GetString());
        Assert.Equal(["Cat", "Dog"], types["CatOrDog"].GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        var directives = schema.GetProperty("directives").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.True(directives["tag"].GetProperty("isRepeatable").GetBoolean());
        Assert.Equal(["OBJECT", "FIELD_DEFINITION"], directives["tag"].GetProperty("locations").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("\"No longer supported\"", directives["deprecated"].GetProperty("args")[0].GetProperty("defaultValue").GetString());
    }

    [Fact]
    public async Task DescribesTypeReferencesAndDeprecations()
    {
        var result = await ExecuteAsync(Schema, """
            {
              __type(name: "Dog") {
                kind name
                interfaces { name }
                fields { name }
                all: fields(includeDeprecated: true) { name isDeprecated deprecationReason }
              }
              field: __type(name: "Query") { fields { name type { kind name ofType { kind name ofType { kind name } } } } }
              missing: __type(name: "Nope") { name }
            }
            """);
        Assert.Null(result.Errors);
        using var json = JsonDocument.Parse(result.ToJson());
        var data = json.RootElement.GetProperty("data");
        var dog = data.GetProperty("__type");
        Assert.Equal("OBJECT", dog.GetProperty("kind").GetString());
        Assert.Equal(["Pet", "Named"], dog.GetProperty("interfaces").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.DoesNotContain("oldName", dog.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var oldName = dog.GetProperty("all").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "oldName");
        Assert.True(oldName.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("Use name.", oldName.GetProperty("deprecationReason").GetString());
        var pets = data.GetProperty("field").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "pets");
        Assert.Equal("""{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null}}}""", pets.GetProperty("type").GetRawText());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
    }

    [Fact]
    public async Task FiltersDeprecatedArgumentsInputFieldsAndEnumValues()
    {
        var result = await ExecuteAsync(Schema, """
            {
              dog: __type(name: "Dog") { fields(includeDeprecated: true) { name args { name } allArgs: args(includeDeprecated: true) { name isDeprecated } } }
              input: __type(name: "FindDogInput") { inputFields { name } all: inputFields(includeDeprecated: true) { name } }
              command: __type(name: "DogCommand") { enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } }
            }
            """);
        Assert.Null(result.Errors);
        using var json = JsonDocument.Parse(result.ToJson());
        var data = json.RootElement.GetProperty("data");
        var legacy = data.GetProperty("dog").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "legacy");
        Assert.Equal(["keep"], legacy.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["flag", "keep"], legacy.GetProperty("allArgs").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["name", "owner"], data.GetProperty("input").GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(3, data.GetProperty("input").GetProperty("all").GetArrayLength());
        Assert.Equal(["SIT", "DOWN", "HEEL"], data.GetProperty("command").GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        Assert.Equal("Too hard.", data.GetProperty("command").GetProperty("all")[3].GetProperty("deprecationReason").GetString());
    }

    [Fact]
    public async Task TypenameWorksEverywhereAndIntrospectionCanBeDisabled()
    {
        var schema = Builder().Build();
        AssertJson("{'data':{'__typename':'Query','dog':{'__typename':'Dog'}}}", await ExecuteAsync(schema, "{ __typename dog { __typename } }"));

        var disabled = await ExecuteAsync(schema, "{ __typename __schema { types { name } } }", options: new ExecutionOptions { EnableIntrospection = false });
        Assert.Equal("INTROSPECTION_DISABLED", Assert.Single(disabled.Errors!).Code);
        Assert.False(disabled.HasData);
    }
}
