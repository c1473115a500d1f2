import { accessibleBy } from '@casl/mongoose'
import mongoose from 'mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { User } from '#models/user'

export type TGetUserForActorOptions = {
  actor: TActor
  userId: string
}

/** A user the actor may read; anything else is "not found". Never returns the password hash. */
export async function getUserForActor({ actor, userId }: TGetUserForActorOptions) {
  const notFound = new AppError('not_found', { message: 'User not found' })
  if (!mongoose.isValidObjectId(userId)) throw notFound
  const user = await User.findOne({ $and: [{ _id: userId }, accessibleBy(actor.ability, 'read').ofType('User')] })
    .select('-passwordHash')
    .lean()
  if (!user) throw notFound
  return user
}

export type TListUsersOptions = {
  actor: TActor
}

export function listUsers({ actor }: TListUsersOptions) {
  return User.find(accessibleBy(actor.ability, 'read').ofType('User')).select('-passwordHash').sort({ name: 1 }).lean()
}
