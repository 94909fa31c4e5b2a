// Callouts: kind, classes as a set, title (FORMAT.md, "Structures to extract").
import { describe, expect, it } from 'vitest'
import { childTypes, find, findAll, linesOf, messagesOf, parseFixture } from '../helpers/model.js'

describe('callouts', () => {
  it('read each known kind and its title', () => {
    const model = parseFixture('callout-kinds')
    expect(childTypes(model)).toEqual(['callout', 'callout', 'callout', 'callout', 'callout'])
    expect(model.children.map((c) => [c.kind, c.title])).toEqual([
      ['objectives', 'Objectives'],
      ['info', 'Did you know?'],
      ['videos', 'Makers at Hill Valley Library'],
      ['case_study', 'Case study: the Hill Valley bike lab'],
      ['activity', 'Try it']
    ])
    expect(model.children[3].classes).toEqual(['callout', 'case_study'])
    expect(messagesOf(model, 'callout-kind')).toEqual([])
  })

  it('keep the title heading first, and name no worksheet unless one is named', () => {
    const model = parseFixture('callout-kinds')
    expect(childTypes(model.children[0])).toEqual(['heading', 'list'])
    expect(childTypes(model.children[2])[0]).toBe('heading')
    expect(find(model.children[2], 'embed')).toMatchObject({ provider: 'vimeo', duration: '3:10', seconds: 190 })
    expect(model.children.map((c) => c.worksheet)).toEqual([null, null, null, null, null])
    expect(model.worksheets).toEqual([])
  })

  it('read `casestudy` as case_study, keep an unknown kind raw, and a bare callout as null', () => {
    const model = parseFixture('callout-irregular')
    const callouts = findAll(model, 'callout')
    expect(callouts.map((c) => c.kind)).toEqual(['case_study', null, 'activity', 'quiz', null])
    expect(callouts.map((c) => c.title)).toEqual([
      'Case study: Twin Peaks Library',
      'Remember',
      'Plan a podcast episode',
      'Check your understanding',
      null
    ])
    expect(callouts[0].classes.slice().sort()).toEqual(['callout', 'casestudy'])
    expect(callouts[1].classes).toEqual(['callout'])
  })

  it('treat classes as a set: `activity callout` is an activity callout', () => {
    const callout = findAll(parseFixture('callout-irregular'), 'callout')[2]
    expect(callout.kind).toBe('activity')
    expect(callout.classes.slice().sort()).toEqual(['activity', 'callout'])
  })

  it('warn about `casestudy` and the unknown kind only', () => {
    const model = parseFixture('callout-irregular')
    expect(linesOf(model, 'callout-kind')).toEqual([1, 22])
    expect(messagesOf(model, 'callout-kind').map((m) => m.severity)).toEqual(['warning', 'warning'])
  })
})
