// The bounded mixed load: owners invite and change roles, invitees accept, everyone checks, and new
// users sign up; every request goes to a random live node. Acknowledged writes are remembered.
import { gql, signUp, Q } from './graphql.mjs';

const ROLES = ['VIEWER', 'DEVELOPER', 'ADMIN'];
const pick = (items) => items[Math.floor(Math.random() * items.length)];

export class Load {
  constructor(world, outcomes) {
    this.world = world;
    this.outcomes = outcomes;
    this.acks = { signUps: [], invites: [], accepts: [], roles: new Map() };
    this.staleReads = [];
  }

  liveNode() {
    return pick(this.world.nodes.filter((url) => !this.outcomes.dead.has(url) && !this.world.draining.has(url)));
  }

  async call(phase, op, query, variables, options, node = this.liveNode()) {
    return { node, ...this.outcomes.record(phase, op, node, await gql(node, query, variables, options)) };
  }

  /** Runs until `budget.left` operations were spent; `budget.onSpent(n)` lets the test act mid-load. */
  async run(phase, budget) {
    const spend = () => {
      if (budget.left <= 0) return false;
      budget.left -= 1;
      budget.onSpent?.(budget.total - budget.left);
      return true;
    };
    const owners = this.world.owners.map((owner) => this.ownerLoop(phase, owner, spend));
    const invitees = this.world.invitees.map((invitee) => this.inviteeLoop(phase, invitee, spend));
    await Promise.all([...owners, ...invitees]);
  }

  async ownerLoop(phase, owner, spend) {
    while (spend()) {
      const members = this.acks.accepts.filter((a) => a.org === owner.org);
      const roll = Math.random();
      if (roll < 0.45 || members.length === 0) {
        const invitee = pick(this.world.invitees);
        const r = await this.call(phase, 'invite', Q.invite, { o: owner.org, e: invitee.email }, { bearer: owner.token });
        if (r.ok) this.acks.invites.push({ id: r.data.inviteMember.id, org: owner.org, email: invitee.email });
      } else if (roll < 0.8) {
        await this.changeRoleAndReadElsewhere(phase, owner, pick(members));
      } else {
        const member = pick(members);
        await this.call(phase, 'check', Q.check, { o: owner.org, u: member.userId, p: 'members:view' }, { bearer: owner.token });
      }
    }
  }

  /** A role change, then the same question on another node with the change's token (the "new enemy" check under load). */
  async changeRoleAndReadElsewhere(phase, owner, member) {
    const role = pick(ROLES);
    const key = `${owner.org}|${member.userId}`;
    const history = this.acks.roles.get(key) ?? { role: member.role, uncertain: false };
    const r = await this.call(phase, 'changeMemberRole', Q.changeRole, { o: owner.org, u: member.userId, r: role }, { bearer: owner.token });
    if (r.ok) {
      this.acks.roles.set(key, { role, uncertain: false });
      const other = this.world.nodes.filter((url) => url !== r.node && !this.outcomes.dead.has(url) && !this.world.draining.has(url));
      if (other.length === 0) return;
      const read = await this.call(phase, 'check', Q.check, { o: owner.org, u: member.userId, p: 'members:manage' }, { bearer: owner.token, consistencyToken: r.token }, pick(other));
      if (read.ok && read.data.checkPermission !== (role === 'ADMIN')) this.staleReads.push({ key, role, node: read.node });
    } else {
      // A request whose answer was lost may still have committed: its membership's role is not known for sure.
      this.acks.roles.set(key, { ...history, uncertain: history.uncertain || !['SEAT_LIMIT_REACHED', 'LAST_OWNER', 'FORBIDDEN', 'NOT_FOUND'].includes(r.code) });
    }
  }

  async inviteeLoop(phase, invitee, spend) {
    while (spend()) {
      const roll = Math.random();
      if (roll < 0.15) {
        const node = this.liveNode();
        const user = await signUp(node, 'load');
        this.outcomes.record(phase, 'signUp', node, user);
        if (user.ok) this.acks.signUps.push(user.email);
        continue;
      }
      const pending = await this.call(phase, 'pendingInvitations', Q.pending, {}, { bearer: invitee.token });
      const invitation = pending.ok ? pick(pending.data.me.pendingInvitations) : undefined;
      if (invitation && roll < 0.75) {
        const r = await this.call(phase, 'accept', Q.accept, { id: invitation.id }, { bearer: invitee.token });
        if (r.ok) this.acks.accepts.push({ id: invitation.id, org: invitation.organization.id, userId: invitee.id, role: r.data.acceptInvitation.role });
      } else {
        const org = pick(this.world.owners).org;
        await this.call(phase, 'check', Q.check, { o: org, p: 'members:view' }, { bearer: invitee.token });
      }
    }
  }
}
