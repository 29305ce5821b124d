using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// The one traversal of a document (graphql-js <c>visitInParallel</c> + <c>visitWithTypeInfo</c>):
/// keeps <see cref="TypeInfo"/> current, records fragment spreads and variable usages in the
/// context, and calls every rule's hook at every node, in document order. Stops once the error cap
/// is reached. Recursion depth is bounded by the parser's nesting limit.
/// </summary>
internal sealed class ValidationWalker
{
    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly IReadOnlyList<ValidationRule> _rules;

    public ValidationWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
        _rules = rules;
    }

    public void Walk(DocumentNode document)
    {
        foreach (var rule in _rules)
        {
            rule.EnterDocument(_context, document);
        }

        foreach (var definition in document.Definitions)
        {
            if (_context.IsAborted)
            {
                return;
            }

            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragmentDefinition(fragment);
                    break;
                default:
                    foreach (var rule in _rules)
                    {
                        rule.EnterNonExecutableDefinition(_context, definition);
                    }

                    break;
            }
        }

        foreach (var rule in _rules)
        {
            if (_context.IsAborted)
            {
                return;
            }

            rule.LeaveDocument(_context, document);
        }
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        _context.BeginDefinition(node);
        _typeInfo.EnterOperation(node);
        foreach (var rule in _rules)
        {
            rule.EnterOperationDefinition(_context, node);
        }

        foreach (var variable in node.VariableDefinitions)
        {
            WalkVariableDefinition(variable);
        }

        var location = node.Operation switch
        {
            OperationType.Query => ExecutableDirectiveLocations.Query,
            OperationType.Mutation => ExecutableDirectiveLocations.Mutation,
            _ => ExecutableDirectiveLocations.Subscription,
        };
        WalkDirectives(node.Directives, location);
        WalkSelectionSet(node.SelectionSet);
        foreach (var rule in _rules)
        {
            rule.LeaveOperationDefinition(_context, node);
        }

        _typeInfo.LeaveType();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        foreach (var rule in _rules)
        {
            rule.EnterVariableDefinition(_context, node);
        }

        if (node.DefaultValue is { } defaultValue)
        {
            _typeInfo.EnterVariableDefinition(node.Type);
            WalkValue(defaultValue);
            _typeInfo.LeaveInputType();
        }

        WalkDirectives(node.Directives, ExecutableDirectiveLocations.VariableDefinition);
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        _context.BeginDefinition(node);
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var rule in _rules)
        {
            rule.EnterFragmentDefinition(_context, node);
        }

        WalkDirectives(node.Directives, ExecutableDirectiveLocations.FragmentDefinition);
        WalkSelectionSet(node.SelectionSet);
        _typeInfo.LeaveType();
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        _typeInfo.EnterSelectionSet();
        foreach (var rule in _rules)
        {
            rule.EnterSelectionSet(_context, node);
        }

        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    _context.RecordFragmentSpread(spread);
                    foreach (var rule in _rules)
                    {
                        rule.EnterFragmentSpread(_context, spread);
                    }

                    WalkDirectives(spread.Directives, ExecutableDirectiveLocations.FragmentSpread);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        _typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        foreach (var rule in _rules)
        {
            rule.EnterField(_context, node);
        }

        WalkArguments(node.Arguments);
        WalkDirectives(node.Directives, ExecutableDirectiveLocations.Field);
        if (node.SelectionSet is { } selectionSet)
        {
            WalkSelectionSet(selectionSet);
        }

        foreach (var rule in _rules)
        {
            rule.LeaveField(_context, node);
        }

        _typeInfo.LeaveField();
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var rule in _rules)
        {
            rule.EnterInlineFragment(_context, node);
        }

        WalkDirectives(node.Directives, ExecutableDirectiveLocations.InlineFragment);
        WalkSelectionSet(node.SelectionSet);
        _typeInfo.LeaveType();
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, string location)
    {
        foreach (var directive in directives)
        {
            _typeInfo.EnterDirective(directive);
            foreach (var rule in _rules)
            {
                rule.EnterDirective(_context, directive, location);
            }

            WalkArguments(directive.Arguments);
            _typeInfo.LeaveDirective();
        }
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            _typeInfo.EnterArgument(argument);
            foreach (var rule in _rules)
            {
                rule.EnterArgument(_context, argument);
            }

            WalkValue(argument.Value);
            _typeInfo.LeaveArgument();
        }
    }

    private void WalkValue(ValueNode node)
    {
        foreach (var rule in _rules)
        {
            rule.EnterValue(_context, node);
        }

        switch (node)
        {
            case VariableNode variable:
                _context.RecordVariableUsage(
                    variable,
                    _typeInfo.InputType,
                    _typeInfo.LocationHasDefault,
                    TypeFacts.GetNamedType(_typeInfo.ParentInputType) is InputObjectType { IsOneOf: true });
                break;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    _typeInfo.EnterListItem();
                    WalkValue(item);
                    _typeInfo.LeaveInputType();
                }

                break;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    _typeInfo.EnterObjectField(field);
                    WalkValue(field.Value);
                    _typeInfo.LeaveInputType();
                }

                break;
        }
    }
}
