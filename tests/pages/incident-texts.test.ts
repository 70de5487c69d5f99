import { describe, expect, it } from 'vitest';
import { incidentJson, incidentMarkdown } from '../../src/pages/hijacked/incident-export';
import { supportMessage } from '../../src/pages/hijacked/support-message';
import type { IncidentRecord } from '../../src/model/records';

const details = {
  accountEmail: 'hanako@example.jp',
  username: 'hanako_shop',
  noticedAt: '2019-10-08 09:00',
  payoutAmount: '¥19,800',
};

describe('supportMessage', () => {
  it('asks for everything the 2019 victim needed, in Japanese and English', () => {
    const ja = supportMessage('ja', 'ラクマ', details);
    expect(ja.body).toContain('hanako@example.jp');
    expect(ja.body).toContain('登録メールアドレスを上記の私のアドレスに戻し、パスワードをリセット');
    expect(ja.body).toContain('¥19,800');
    expect(ja.body).toContain('連携ログイン');
    expect(ja.body).toContain('書面');
    const en = supportMessage('en', 'Rakuma', details);
    expect(en.body).toMatch(/registered e-mail back to my address above and reset the password/);
    expect(en.body).toMatch(/Stop or reverse the payout/);
    expect(en.body).toMatch(/Remove all linked logins/);
    expect(en.body).toMatch(/Confirm in writing/);
  });

  it('leaves visible placeholders where the user gave nothing', () => {
    expect(
      supportMessage('en', 'Rakuma', { accountEmail: '', username: '', noticedAt: '', payoutAmount: '' })
        .body,
    ).toContain('(e-mail)');
  });
});

describe('incident export', () => {
  const incident: IncidentRecord = {
    id: 'x',
    siteId: 'rakuma',
    openedAt: Date.UTC(2019, 9, 8, 0, 0),
    closedAt: null,
    stepsDone: { 'contact-support': Date.UTC(2019, 9, 8, 1, 0) },
    timeline: [{ at: Date.UTC(2019, 9, 4, 12, 0), text: 'Login alert\nunread', source: 'user' }],
    details,
  };
  const labels = {
    title: 'Takeover',
    site: '',
    opened: 'Opened',
    closed: 'Closed',
    details: { username: 'Username' },
    steps: { 'contact-support': 'Contact support' },
    timeline: 'Timeline',
    stepsHeading: 'Steps',
  };

  it('writes Markdown with details, steps and a one-line-per-entry timeline in UTC', () => {
    const markdown = incidentMarkdown(incident, 'Rakuma', labels);
    expect(markdown).toContain('# Takeover: Rakuma');
    expect(markdown).toContain('- Username: hanako_shop');
    expect(markdown).toContain('- 2019-10-08 01:00 UTC: Contact support');
    expect(markdown).toContain('- 2019-10-04 12:00 UTC: Login alert unread');
  });

  it('writes JSON that reads back', () => {
    expect(JSON.parse(incidentJson(incident, 'Rakuma'))).toMatchObject({
      format: 'furima-guard-incident',
      site: 'Rakuma',
      timeline: incident.timeline,
    });
  });
});
