import { describe, expect, it } from '@jest/globals';
import {
  codeBlock,
  inlineCode,
  markdownDetails,
  markdownHeading,
  markdownKeyValueTable,
  markdownLink,
  markdownList,
  markdownTable,
  mermaidBlock,
  sagemakerConsoleUrl,
} from '../src';

describe('markdown builders', () => {
  it('builds a table and escapes pipes and newlines in cells', () => {
    expect(markdownTable(['Alarm', 'State'], [['a|b', 'OK\nsince 10:00']])).toBe(
      '| Alarm | State |\n| --- | --- |\n| a\\|b | OK<br>since 10:00 |',
    );
  });

  it('leaves rows without a value out of a key-value table', () => {
    expect(
      markdownKeyValueTable(
        [
          ['Model', 'churn-1'],
          ['Image', undefined],
        ],
        ['What', 'Value'],
      ),
    ).toBe('| What | Value |\n| --- | --- |\n| Model | churn-1 |');
  });

  it('builds headings, links, lists and details', () => {
    expect(markdownHeading('Deployed\nchurn', 3)).toBe('### Deployed churn');
    expect(markdownLink('run [1]', 'https://x')).toBe('[run \\[1\\]](https://x)');
    expect(markdownLink('no link', undefined)).toBe('no link');
    expect(markdownList(['a', 'b'])).toBe('- a\n- b');
    expect(markdownDetails('Plan <json>', '{}')).toBe(
      '<details><summary>Plan &lt;json></summary>\n\n{}\n\n</details>',
    );
  });

  it('fences code so that backticks inside cannot end the block', () => {
    expect(codeBlock('a\n', 'json')).toBe('```json\na\n```');
    expect(codeBlock('x ```` y')).toBe('`````\nx ```` y\n`````');
    expect(inlineCode('ml.m5.large')).toBe('`ml.m5.large`');
    expect(inlineCode('a`b')).toBe('`` a`b ``');
  });

  it('wraps a Mermaid diagram', () => {
    expect(mermaidBlock('\nflowchart LR\n  a --> b\n')).toBe('```mermaid\nflowchart LR\n  a --> b\n```');
  });

  it('links to the SageMaker console', () => {
    expect(sagemakerConsoleUrl('eu-west-1', 'endpoints', 'churn prod')).toBe(
      'https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/endpoints/churn%20prod',
    );
  });
});
