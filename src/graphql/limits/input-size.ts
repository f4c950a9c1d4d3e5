import type { ASTVisitor, ValidationContext, ValidationRule } from 'graphql';
import { limitError } from './limit-error';

export interface InputSizeLimits {
  readonly maxStringLength: number;
  readonly maxListLength: number;
}

/**
 * Literal strings and lists in the document: a 90 kB host "version" fits the body limit but has no
 * business reaching a parser, and a 10,000-item list argument multiplies work. 400 before anything runs.
 */
export function inputSizeRule(limits: InputSizeLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let inMutation = false;
    return {
    OperationDefinition: {
      enter(node) {
        inMutation = node.operation === 'mutation';
      },
    },
    StringValue(node) {
      // Mutations (ingestion) carry whole files; only authenticated requests may send large bodies.
      if (!inMutation && node.value.length > limits.maxStringLength) {
        context.reportError(tooLong('string', node.value.length, limits.maxStringLength));
      }
    },
    ListValue(node) {
      if (node.values.length > limits.maxListLength) {
        context.reportError(tooLong('list', node.values.length, limits.maxListLength));
      }
    },
    };
  };
}

/** The same bounds on variable values. Iterative, so a 50,000-deep nested array cannot overflow the stack. */
export function checkVariableSizes(variables: unknown, limits: InputSizeLimits, isMutation = false): void {
  const stack: unknown[] = [variables];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (!isMutation && value.length > limits.maxStringLength) throw tooLong('string', value.length, limits.maxStringLength);
    } else if (Array.isArray(value)) {
      if (value.length > limits.maxListLength) throw tooLong('list', value.length, limits.maxListLength);
      for (const item of value) stack.push(item);
    } else if (value && typeof value === 'object') {
      for (const key in value) stack.push((value as Record<string, unknown>)[key]);
    }
  }
}

function tooLong(kind: 'string' | 'list', found: number, max: number) {
  const what = kind === 'string' ? `A string argument has ${found} characters` : `A list argument has ${found} items`;
  return limitError(`${what}; the limit is ${max}.`, { name: kind === 'string' ? 'stringLength' : 'listLength', max, found });
}
