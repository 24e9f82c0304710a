import { SKYPE_ACTIONS, SKYPE_MINUTE_LANES } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { SKYPE_DETAIL_ACTIONS } from './skype-activity'
import { SKYPE_DETAIL_COUNTS, SKYPE_MODALITIES, skypeMinuteActions, skypeSessionActions } from './skype-modalities'

const KINDS = ['peerToPeer', 'organizer', 'participant'] as const

describe('the table of Skype for Business modality lanes', () => {
  it('reads every lane of the model once, in the model’s order', () => {
    const lanes = KINDS.flatMap((kind) => skypeSessionActions(kind).map((action) => action.lane))
    expect(lanes).toEqual(SKYPE_ACTIONS.map((_, lane) => lane))
  })

  it('times each modality with minute columns whose sessions are that modality’s, each column once', () => {
    const columns = KINDS.flatMap((kind) =>
      SKYPE_MODALITIES[kind].flatMap((modality) =>
        ('minutes' in modality ? modality.minutes : []).map(({ column }) => {
          expect(SKYPE_MINUTE_LANES[column]).toBe(SKYPE_ACTIONS.indexOf(modality.lane))
          return column
        }),
      ),
    )
    expect(columns).toEqual(SKYPE_MINUTE_LANES.map((_, column) => column))
    expect(KINDS.map((kind) => skypeMinuteActions(kind).map((action) => action.header))).toEqual([
      ['Audio', 'Video'],
      ['Audio/Video', 'Dial-in Microsoft', 'Dial-out Microsoft'],
      ['Audio/Video'],
    ])
  })

  it('gives the Detail one count or minutes column per entry, after the totals and the dates', () => {
    const headers = SKYPE_DETAIL_ACTIONS.slice(6).map((action) => action.header)
    expect(headers).toHaveLength(SKYPE_DETAIL_COUNTS.length)
    SKYPE_DETAIL_COUNTS.forEach(([lane, minutes], i) => {
      expect(headers[i]?.endsWith(minutes < 0 ? ' Count' : ' Minutes'), headers[i]).toBe(true)
      if (minutes >= 0) expect(lane).toBe(SKYPE_MINUTE_LANES[minutes])
    })
  })
})
