using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// One validation rule of spec section 5. Rules are stateless singletons: the
/// <see cref="ValidationWalker"/> calls the hooks of every rule during one traversal of the document,
/// with <see cref="ValidationContext.TypeInfo"/> describing the position; anything a rule must remember
/// across nodes lives in the context, so validating a document allocates no rule objects.
/// </summary>
public abstract class ValidationRule
{
    public virtual void EnterDocument(ValidationContext context, DocumentNode node)
    {
    }

    /// <summary>Called after the whole document was walked: fragment spreads and variable usages are known.</summary>
    public virtual void LeaveDocument(ValidationContext context, DocumentNode node)
    {
    }

    public virtual void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
    }

    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
    }

    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
    }

    public virtual void EnterField(ValidationContext context, FieldNode node)
    {
    }

    public virtual void LeaveField(ValidationContext context, FieldNode node)
    {
    }

    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
    }

    /// <summary>
    /// A directive at an executable location (<see cref="ExecutableDirectiveLocations"/>);
    /// <see cref="TypeInfo.Directive"/> is its definition.
    /// </summary>
    public virtual void EnterDirective(ValidationContext context, DirectiveNode node, string location)
    {
    }

    /// <summary>An argument of a field or directive; <see cref="TypeInfo.Argument"/> is its definition.</summary>
    public virtual void EnterArgument(ValidationContext context, ArgumentNode node)
    {
    }

    /// <summary>Any value, at any depth; <see cref="TypeInfo.InputType"/> is the type expected there.</summary>
    public virtual void EnterValue(ValidationContext context, ValueNode node)
    {
    }

    /// <summary>A type-system definition or extension (only <see cref="Rules.ExecutableDefinitionsRule"/> cares).</summary>
    public virtual void EnterNonExecutableDefinition(ValidationContext context, DefinitionNode node)
    {
    }
}
