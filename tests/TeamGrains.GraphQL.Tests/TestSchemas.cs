using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Tests;

/// <summary>The spec's example schema (section 5: Dog, Cat, Human, Alien, Pet, ...), extended with mutation, subscription and @oneOf.</summary>
internal static class TestSchemas
{
    public const string DogCatHumanSdl = """
        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
          pets: [Pet!]!
          catOrDog(id: ID!): CatOrDog
          human(name: String = "Ann"): Human
          born: DateTime
          petByInput(pet: PetInput!): String
        }

        type Mutation {
          addPet(name: String!): Int!
        }

        type Subscription {
          newPet(kind: PetKind = DOG): Pet
        }

        enum DogCommand { SIT, DOWN, HEEL }
        enum PetKind { DOG CAT }
        enum CatCommand { JUMP }

        interface Named { name: String! }

        interface Pet implements Named {
          name: String!
        }

        interface Sentient implements Named {
          name: String!
        }

        type Dog implements Pet & Named {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        type Alien implements Sentient & Named {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient & Named {
          name: String!
          pets: [Pet!]
        }

        type Cat implements Pet & Named {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        input PetInput @oneOf {
          cat: String
          dog: String
        }

        "An ISO-8601 date-time."
        scalar DateTime
        """;

    public static SchemaBuilder DogCatHuman() => SchemaBuilder.FromSdl(DogCatHumanSdl)
        .Scalar("DateTime", DateTimeScalarConverter.Instance);
}
