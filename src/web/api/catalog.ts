import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Site, SiteBody, SiteList, SitePatch } from '../../contracts/sites';
import type { Skill, SkillBody, SkillList, SkillPatch, SkillQuery } from '../../contracts/skills';
import type { Team, TeamBody, TeamPatch, TeamTree } from '../../contracts/teams';
import { api } from './client';

// Teams, sites and skills change rarely and fill many pickers: cache them for a while.
const CATALOG_STALE_MS = 5 * 60_000;

export function useTeams() {
  return useQuery({
    queryKey: ['teams'],
    queryFn: () => api<TeamTree>('/api/v1/teams'),
    staleTime: CATALOG_STALE_MS,
  });
}

export function useSites() {
  return useQuery({
    queryKey: ['sites'],
    queryFn: () => api<SiteList>('/api/v1/sites'),
    staleTime: CATALOG_STALE_MS,
  });
}

export function useSkills(query: Partial<SkillQuery> = {}) {
  return useQuery({
    queryKey: ['skills', query],
    queryFn: ({ signal }) => api<SkillList>('/api/v1/skills', { query: { ...query }, signal }),
    staleTime: CATALOG_STALE_MS,
    placeholderData: keepPreviousData,
  });
}

export function useSaveTeam() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TeamBody | TeamPatch }) =>
      id
        ? api<Team>(`/api/v1/teams/${id}`, { method: 'PATCH', body })
        : api<Team>('/api/v1/teams', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['teams'] }),
  });
}

export function useSaveSkill() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: SkillBody | SkillPatch }) =>
      id
        ? api<Skill>(`/api/v1/skills/${id}`, { method: 'PATCH', body })
        : api<Skill>('/api/v1/skills', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['skills'] }),
  });
}

export function useDeleteSkill() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/skills/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['skills'] }),
  });
}

export function useSaveSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: SiteBody | SitePatch }) =>
      id
        ? api<Site>(`/api/v1/sites/${id}`, { method: 'PATCH', body })
        : api<Site>('/api/v1/sites', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sites'] }),
  });
}

export function useDeleteSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/sites/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sites'] }),
  });
}
