using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// The one traversal of a document (graphql-js <c>visitInParallel</c> + <c>visitWithTypeInfo</c>):
/// keeps <see cref="TypeInfo"/> current, records fragment spreads and variable usages in the
/// context, and at every node calls the rules that look at that kind of node (<see cref="RuleSet"/>),
/// in document order. Once the error cap is reached no error is added and the walk stops at the next
/// definition. Recursion depth is bounded by the parser's nesting limit.
/// </summary>
internal sealed class ValidationWalker
{
    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private RuleSet _rules = null!;

    public ValidationWalker(ValidationContext context)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
    }

    public void Walk(DocumentNode document, RuleSet rules)
    {
        _rules = rules;
        foreach (var rule in _rules.EnterDocument)
        {
            rule.EnterDocument(_context, document);
        }

        for (var definitionIndex = 0; definitionIndex < document.Definitions.Count; definitionIndex++)
        {
            var definition = document.Definitions[definitionIndex];
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
                    foreach (var rule in _rules.EnterNonExecutableDefinition)
                    {
                        rule.EnterNonExecutableDefinition(_context, definition);
                    }

                    break;
            }
        }

        foreach (var rule in _rules.LeaveDocument)
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
        foreach (var rule in _rules.EnterOperationDefinition)
        {
            rule.EnterOperationDefinition(_context, node);
        }

        for (var variableIndex = 0; variableIndex < node.VariableDefinitions.Count; variableIndex++)
        {
            var variable = node.VariableDefinitions[variableIndex];
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
        foreach (var rule in _rules.LeaveOperationDefinition)
        {
            rule.LeaveOperationDefinition(_context, node);
        }

        _typeInfo.LeaveType();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        foreach (var rule in _rules.EnterVariableDefinition)
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
        foreach (var rule in _rules.EnterFragmentDefinition)
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
        foreach (var rule in _rules.EnterSelectionSet)
        {
            rule.EnterSelectionSet(_context, node);
        }

        for (var selectionIndex = 0; selectionIndex < node.Selections.Count; selectionIndex++)
        {
            var selection = node.Selections[selectionIndex];
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    _context.RecordFragmentSpread(spread);
                    foreach (var rule in _rules.EnterFragmentSpread)
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
        foreach (var rule in _rules.EnterField)
        {
            rule.EnterField(_context, node);
        }

        WalkArguments(node.Arguments);
        WalkDirectives(node.Directives, ExecutableDirectiveLocations.Field);
        if (node.SelectionSet is { } selectionSet)
        {
            WalkSelectionSet(selectionSet);
        }

        foreach (var rule in _rules.LeaveField)
        {
            rule.LeaveField(_context, node);
        }

        _typeInfo.LeaveField();
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var rule in _rules.EnterInlineFragment)
        {
            rule.EnterInlineFragment(_context, node);
        }

        WalkDirectives(node.Directives, ExecutableDirectiveLocations.InlineFragment);
        WalkSelectionSet(node.SelectionSet);
        _typeInfo.LeaveType();
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, string location)
    {
        for (var directiveIndex = 0; directiveIndex < directives.Count; directiveIndex++)
        {
            var directive = directives[directiveIndex];
            _typeInfo.EnterDirective(directive);
            foreach (var rule in _rules.EnterDirective)
            {
                rule.EnterDirective(_context, directive, location);
            }

            WalkArguments(directive.Arguments);
            _typeInfo.LeaveDirective();
        }
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var argumentIndex = 0; argumentIndex < arguments.Count; argumentIndex++)
        {
            var argument = arguments[argumentIndex];
            _typeInfo.EnterArgument(argument);
            foreach (var rule in _rules.EnterArgument)
            {
                rule.EnterArgument(_context, argument);
            }

            WalkValue(argument.Value);
            _typeInfo.LeaveArgument();
        }
    }

    private void WalkValue(ValueNode node)
    {
        foreach (var rule in _rules.EnterValue)
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
                for (var itemIndex = 0; itemIndex < list.Values.Count; itemIndex++)
                {
                    var item = list.Values[itemIndex];
                    _typeInfo.EnterListItem();
                    WalkValue(item);
                    _typeInfo.LeaveInputType();
                }

                break;
            case ObjectValueNode obj:
                for (var fieldIndex = 0; fieldIndex < obj.Fields.Count; fieldIndex++)
                {
                    var field = obj.Fields[fieldIndex];
                    _typeInfo.EnterObjectField(field);
                    WalkValue(field.Value);
                    _typeInfo.LeaveInputType();
                }

                break;
        }
    }
}
